/**
 * Managing an account's projects with account credentials.
 */
@NullMarked
package org.opentok.spring.client.project;

import org.jspecify.annotations.NullMarked;
