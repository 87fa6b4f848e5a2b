/**
 * Generating client tokens that let browsers and apps join a session.
 */
@NullMarked
package org.opentok.spring.client.token;

import org.jspecify.annotations.NullMarked;
