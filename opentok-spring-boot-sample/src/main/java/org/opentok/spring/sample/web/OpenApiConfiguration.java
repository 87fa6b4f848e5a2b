package org.opentok.spring.sample.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import org.opentok.spring.sample.SampleApplication;

/**
 * The sample's OpenAPI description ({@code /v3/api-docs}): what the API is and which
 * version, the problem details each endpoint answers ({@link ProblemResponses}), and only
 * values a caller may send: the client's enums have an {@code UNKNOWN} constant for
 * values OpenTok may add, which requests refuse, so it is not offered.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM_DETAIL = "ProblemDetail";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<HttpStatus, String> PROBLEMS = Map.of(HttpStatus.BAD_REQUEST,
			"Invalid input: the problem detail names the value and what is allowed", HttpStatus.NOT_FOUND,
			"No such room, or OpenTok has no such archive or connection", HttpStatus.CONFLICT,
			"Refused in this state: a room asked for with another media mode than it has, or OpenTok refused "
					+ "(an archive of a relayed room, or not started); opentokStatus gives OpenTok's status",
			HttpStatus.CONTENT_TOO_LARGE, "JSON body over sample.json.max-body-size", HttpStatus.BAD_GATEWAY,
			"OpenTok answered with an error (opentokStatus)", HttpStatus.SERVICE_UNAVAILABLE,
			"OpenTok is rate limiting the sample: try again later", HttpStatus.GATEWAY_TIMEOUT,
			"OpenTok did not answer in time");

	@Bean
	OpenAPI sampleOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null) ? properties.getVersion()
				: SampleApplication.class.getPackage().getImplementationVersion();
		return new OpenAPI()
			.info(new Info().title("OpenTok Spring Boot sample")
				.version((version != null) ? version : "development")
				.description("Rooms: names that each stand for an OpenTok session, stored in a database, with tokens "
						+ "to join them, signals, disconnections and archives. Every error is an RFC 9457 problem "
						+ "detail (application/problem+json). OpenTok's callbacks arrive at the starter's webhook "
						+ "endpoint, POST /opentok/events, which is not described here."))
			.components(new Components().addSchemas(PROBLEM_DETAIL, problemDetail()));
	}

	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handlerMethod) -> {
			ProblemResponses problems = handlerMethod.getMethodAnnotation(ProblemResponses.class);
			if (problems != null) {
				addProblems(operation, problems.value());
			}
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer noUnknownValues() {
		return (openApi) -> {
			Components components = openApi.getComponents();
			if (components != null && components.getSchemas() != null) {
				components.getSchemas().values().forEach(OpenApiConfiguration::removeUnknown);
			}
		};
	}

	private static void addProblems(Operation operation, HttpStatus[] statuses) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		for (HttpStatus status : statuses) {
			String description = PROBLEMS.get(status);
			if (description == null) {
				throw new IllegalStateException("No description of a " + status + " problem for " + operation);
			}
			Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM_DETAIL);
			responses.addApiResponse(String.valueOf(status.value()), new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema))));
		}
		operation.setResponses(responses);
	}

	private static Schema<?> problemDetail() {
		return new ObjectSchema()
			.description(
					"An RFC 9457 problem detail; some carry more properties, such as " + "opentokStatus or mediaMode")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void removeUnknown(Schema schema) {
		List<?> values = schema.getEnum();
		if (values != null) {
			schema.setEnum(
					values.stream().filter((value) -> !"unknown".equalsIgnoreCase(String.valueOf(value))).toList());
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach(OpenApiConfiguration::removeUnknown);
		}
		if (schema.getItems() != null) {
			removeUnknown(schema.getItems());
		}
	}

}
