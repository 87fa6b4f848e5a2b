package org.opentok.spring.docs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application that the README's Spring snippets (a controller, event listeners) are
 * components of, for the tests that run them.
 */
@SpringBootApplication
public class DocsApplication {

}
