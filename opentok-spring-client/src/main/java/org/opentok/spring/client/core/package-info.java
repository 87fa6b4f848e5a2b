/**
 * Shared plumbing of the client: credentials, request authentication, transport and
 * errors.
 */
@NullMarked
package org.opentok.spring.client.core;

import org.jspecify.annotations.NullMarked;
