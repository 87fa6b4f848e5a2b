/**
 * Micrometer observations of OpenTok API calls: {@code opentok.client.requests}.
 */
@NullMarked
package org.opentok.spring.client.core.observation;

import org.jspecify.annotations.NullMarked;
