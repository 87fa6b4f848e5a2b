/**
 * Spring Boot auto-configuration of the OpenTok client: properties, beans and failure
 * analysis.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
