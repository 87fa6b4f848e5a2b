package org.opentok.spring.sample.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * The error statuses an endpoint answers, each with an RFC 9457 problem detail; the
 * OpenAPI description documents them ({@link OpenApiConfiguration}).
 *
 * @since 0.1.0
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProblemResponses {

	/**
	 * The error statuses.
	 * @return the statuses, 4xx or 5xx
	 */
	HttpStatus[] value();

}
