package org.opentok.spring.sample.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses JSON request bodies over a limit with 413 and a problem detail, before an
 * endpoint reads them: at once when the announced length is over it, and after reading no
 * more than the limit plus one byte when the length is not announced (a chunked body),
 * which is then handed on from memory. Bodies that are not JSON are left to the
 * endpoints, which refuse them with 415 without reading them, and so is the webhook
 * endpoint, which has a limit of its own.
 *
 * @since 0.1.0
 */
final class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final int maxBodySize;

	private final String webhookPath;

	private final HandlerExceptionResolver exceptionResolver;

	JsonBodyLimitFilter(int maxBodySize, String webhookPath, HandlerExceptionResolver exceptionResolver) {
		this.maxBodySize = maxBodySize;
		this.webhookPath = webhookPath;
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !isJson(request.getContentType()) || path.equals(this.webhookPath);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long announced = request.getContentLengthLong();
		if (announced > this.maxBodySize) {
			tooLarge(request, response);
		}
		else if (announced >= 0) {
			chain.doFilter(request, response);
		}
		else {
			byte[] body = request.getInputStream().readNBytes(this.maxBodySize + 1);
			if (body.length > this.maxBodySize) {
				tooLarge(request, response);
			}
			else {
				chain.doFilter(new BufferedBodyRequest(request, body), response);
			}
		}
	}

	// answered like the endpoints' own errors, by the application's exception handlers
	private void tooLarge(HttpServletRequest request, HttpServletResponse response) {
		this.exceptionResolver.resolveException(request, response, null, new ResponseStatusException(
				HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + this.maxBodySize + " bytes"));
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.getType().equals("application")
					&& (type.getSubtype().equals("json") || "json".equals(type.getSubtypeSuffix()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
