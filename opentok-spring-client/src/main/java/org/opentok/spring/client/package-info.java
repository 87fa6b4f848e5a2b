/**
 * OpenTok (Vonage Video) server API client: the {@link org.opentok.spring.client.OpenTok}
 * facade.
 */
@NullMarked
package org.opentok.spring.client;

import org.jspecify.annotations.NullMarked;
