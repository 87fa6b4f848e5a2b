/**
 * Web support shared by the endpoints: RFC 9457 problem details for every error.
 */
@NullMarked
package org.opentok.spring.sample.web;

import org.jspecify.annotations.NullMarked;
