package org.opentok.spring.sample;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP calls to the running sample, answering every status without throwing, so that
 * tests can check error answers as closely as successes.
 */
public final class SampleHttpClient {

	private final RestClient rest;

	/**
	 * Creates a client of the sample on a local port.
	 * @param port the sample's port
	 */
	public SampleHttpClient(int port) {
		this.rest = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory())
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	/**
	 * GETs a JSON resource.
	 * @param path the path and query
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	/**
	 * PUTs a JSON body, or none.
	 * @param path the path
	 * @param body the body, or {@code null}
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> put(String path, @Nullable Map<String, ?> body) {
		return exchange(HttpMethod.PUT, path, body);
	}

	/**
	 * POSTs a JSON body, or none.
	 * @param path the path
	 * @param body the body, or {@code null}
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> post(String path, @Nullable Map<String, ?> body) {
		return exchange(HttpMethod.POST, path, body);
	}

	/**
	 * POSTs a JSON body exactly as written, such as one copied from the README.
	 * @param path the path
	 * @param json the body
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> postJson(String path, String json) {
		return this.rest.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	/**
	 * DELETEs a resource.
	 * @param path the path
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> delete(String path) {
		return exchange(HttpMethod.DELETE, path, null);
	}

	/**
	 * GETs a resource as text.
	 * @param path the path
	 * @return the answer
	 */
	public ResponseEntity<String> getText(String path) {
		return this.rest.get().uri(path).retrieve().toEntity(String.class);
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, @Nullable Map<String, ?> body) {
		RestClient.RequestBodySpec request = this.rest.method(method).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

}
