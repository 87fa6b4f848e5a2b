/**
 * Spring MVC conversion of the OpenTok client's enums from request parameters and path
 * variables.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure.web;

import org.jspecify.annotations.NullMarked;
