package org.opentok.spring.client.core;

import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;

/**
 * What one REST call sends and expects, independent of how it is sent: the operation
 * (which gives the HTTP method), the URI template and its variables, the body and its
 * content type, the type of the answer's body, and what makes that body usable. The API
 * clients build one per call, after validating their arguments, and hand it to
 * {@link OpenTokTransport} or {@link ReactiveOpenTokTransport}; both send the same bytes
 * for it. Immutable.
 *
 * @param <T> the type of the answer's body ({@link Void} for calls whose answer is not
 * read)
 * @since 0.1.0
 */
public final class OpenTokRequest<T> {

	private final OpenTokOperation operation;

	private final String uriTemplate;

	private final Map<String, ?> uriVariables;

	private final @Nullable Object body;

	private final @Nullable MediaType contentType;

	private final @Nullable ResolvableType responseType;

	private final Function<? super T, @Nullable String> defect;

	private OpenTokRequest(OpenTokOperation operation, String uriTemplate, Map<String, ?> uriVariables,
			@Nullable Object body, @Nullable MediaType contentType, @Nullable ResolvableType responseType,
			Function<? super T, @Nullable String> defect) {
		this.operation = operation;
		this.uriTemplate = uriTemplate;
		this.uriVariables = uriVariables;
		this.body = body;
		this.contentType = contentType;
		this.responseType = responseType;
		this.defect = defect;
	}

	/**
	 * Describes a call whose answer body is not read.
	 * @param operation the operation
	 * @param uriTemplate the path template relative to the API URL, query included, as
	 * for {@link OpenTokTransport#call(OpenTokOperation, String, Map, Function)}
	 * @param uriVariables the template's variables; {@link OpenTokTransport#PROJECT_ID}
	 * is filled in by the transport
	 * @return the request
	 */
	public static OpenTokRequest<Void> bodiless(OpenTokOperation operation, String uriTemplate,
			Map<String, ?> uriVariables) {
		return new OpenTokRequest<>(operation, uriTemplate, uriVariables, null, null, null, (body) -> null);
	}

	/**
	 * Describes a call whose answer carries a body of the given type.
	 * @param <T> the body type
	 * @param operation the operation
	 * @param uriTemplate the path template, as for
	 * {@link #bodiless(OpenTokOperation, String, Map)}
	 * @param uriVariables the template's variables
	 * @param responseType the body type
	 * @return the request
	 */
	public static <T> OpenTokRequest<T> of(OpenTokOperation operation, String uriTemplate, Map<String, ?> uriVariables,
			Class<T> responseType) {
		return new OpenTokRequest<>(operation, uriTemplate, uriVariables, null, null,
				ResolvableType.forClass(responseType), (body) -> null);
	}

	/**
	 * Describes a call whose answer carries a body of the given generic type.
	 * @param <T> the body type
	 * @param operation the operation
	 * @param uriTemplate the path template, as for
	 * {@link #bodiless(OpenTokOperation, String, Map)}
	 * @param uriVariables the template's variables
	 * @param responseType the body type
	 * @return the request
	 */
	public static <T> OpenTokRequest<T> of(OpenTokOperation operation, String uriTemplate, Map<String, ?> uriVariables,
			ParameterizedTypeReference<T> responseType) {
		return new OpenTokRequest<>(operation, uriTemplate, uriVariables, null, null,
				ResolvableType.forType(responseType), (body) -> null);
	}

	/**
	 * Returns this request with a JSON body, written with the client's own JSON mapper.
	 * @param body the value to send
	 * @return the request with the body
	 */
	public OpenTokRequest<T> jsonBody(Object body) {
		return withBody(body, MediaType.APPLICATION_JSON);
	}

	/**
	 * Returns this request with a body of the given content type, such as a
	 * {@code MultiValueMap} sent as {@code application/x-www-form-urlencoded}.
	 * @param body the value to send
	 * @param contentType its content type
	 * @return the request with the body
	 */
	public OpenTokRequest<T> withBody(Object body, MediaType contentType) {
		return new OpenTokRequest<>(this.operation, this.uriTemplate, this.uriVariables, body, contentType,
				this.responseType, this.defect);
	}

	/**
	 * Returns this request with a check of the answer's body: a body the check refuses
	 * ends the call in an {@link OpenTokInvalidResponseException}.
	 * @param defect returns {@code null} for a usable body, otherwise what was expected
	 * instead, as for
	 * {@link OpenTokTransport#callForBody(OpenTokOperation, String, Map, Function, Function)}
	 * @return the request with the check
	 */
	public OpenTokRequest<T> checking(Function<? super T, @Nullable String> defect) {
		return new OpenTokRequest<>(this.operation, this.uriTemplate, this.uriVariables, this.body, this.contentType,
				this.responseType, defect);
	}

	/**
	 * Returns this request with a check that the answer's body has a value, typically its
	 * id.
	 * @param value reads the value from the body
	 * @param expected what a usable body is, such as {@code "an archive with an id"}
	 * @return the request with the check
	 */
	public OpenTokRequest<T> requiring(Function<? super T, ?> value, String expected) {
		return checking(OpenTokTransport.requiring(value, expected));
	}

	/**
	 * Returns the operation.
	 * @return the operation
	 */
	public OpenTokOperation operation() {
		return this.operation;
	}

	/**
	 * Returns the URI template.
	 * @return the template
	 */
	public String uriTemplate() {
		return this.uriTemplate;
	}

	/**
	 * Returns the URI template's variables.
	 * @return the variables
	 */
	public Map<String, ?> uriVariables() {
		return this.uriVariables;
	}

	/**
	 * Returns the body to send.
	 * @return the body, or {@code null} for none
	 */
	public @Nullable Object body() {
		return this.body;
	}

	/**
	 * Returns the content type of the body.
	 * @return the content type, or {@code null} when there is no body
	 */
	public @Nullable MediaType contentType() {
		return this.contentType;
	}

	/**
	 * Returns the type of the answer's body.
	 * @return the type, or {@code null} when the answer's body is not read
	 */
	public @Nullable ResolvableType responseType() {
		return this.responseType;
	}

	/**
	 * Returns the check of the answer's body.
	 * @return the check, returning {@code null} for a usable body
	 */
	public Function<? super T, @Nullable String> defect() {
		return this.defect;
	}

	@Override
	public String toString() {
		return "OpenTokRequest[" + this.operation.operationName() + " " + this.uriTemplate + "]";
	}

}
