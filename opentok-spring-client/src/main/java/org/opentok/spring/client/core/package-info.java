/**
 * What every API area shares and users touch: credentials, the transport and its
 * customizer, retries, errors, and shared value types (layouts, resolutions, stream
 * modes, pages). Plumbing lives in {@link org.opentok.spring.client.internal}, which is
 * not API.
 */
@NullMarked
package org.opentok.spring.client.core;

import org.jspecify.annotations.NullMarked;
