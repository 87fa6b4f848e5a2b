package org.opentok.spring.client.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriUtils;

/**
 * Expands the transport's URI templates against its base URL with the result of
 * {@link DefaultUriBuilderFactory}'s default encoding (literal parts encoded for their
 * component, variable values strictly, every character but the unreserved ones), while
 * parsing each template only once. Through {@code RestClient}'s own template support a
 * call parsed its template twice, about 7 KB of its allocation (see the benchmarks
 * module). Thread-safe.
 */
final class UriTemplateCache {

	/**
	 * Templates are constants of the API clients; the bound only keeps a caller that
	 * builds templates from values from filling memory.
	 */
	private static final int MAX_TEMPLATES = 512;

	private final String baseUrl;

	private final Map<String, String> fixedVariables;

	private final Map<String, Template> templates = new ConcurrentHashMap<>();

	/**
	 * Creates a cache for one base URL.
	 * @param baseUrl an absolute URL without query or fragment, such as
	 * {@code https://api.opentok.com}
	 * @param fixedVariables variables that always have these values, whatever a caller
	 * passes
	 */
	UriTemplateCache(URI baseUrl, Map<String, String> fixedVariables) {
		String base = baseUrl.toString();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.fixedVariables = Map.copyOf(fixedVariables);
	}

	/**
	 * Expands a template.
	 * @param template a template such as {@code /v2/project/{projectId}/archive}
	 * @param variables the values of the template's variables other than the fixed ones
	 * ({@code null} for empty)
	 * @return the absolute URI, and the template it came from
	 * @throws IllegalArgumentException if the template is not a path or a variable of the
	 * template has no entry
	 */
	Expansion expand(String template, Map<String, ?> variables) {
		Template compiled = compiled(template);
		return new Expansion(compiled.expand(this.fixedVariables, variables), compiled.absolute);
	}

	private Template compiled(String template) {
		Template compiled = this.templates.get(template);
		if (compiled == null) {
			compiled = Template.parse(this.baseUrl, template);
			if (this.templates.size() < MAX_TEMPLATES) {
				this.templates.putIfAbsent(template, compiled);
			}
		}
		return compiled;
	}

	/**
	 * An expanded template.
	 *
	 * @param uri the absolute URI
	 * @param absoluteTemplate the template behind the base URL, variables unexpanded:
	 * what {@code http.client.requests} observations show
	 */
	record Expansion(URI uri, String absoluteTemplate) {

	}

	/**
	 * A parsed template: encoded literal parts around the variable names.
	 */
	private static final class Template {

		private final String[] literals;

		private final String[] names;

		private final String absolute;

		private final int literalLength;

		private Template(List<String> literals, List<String> names, String absolute) {
			this.literals = literals.toArray(new String[0]);
			this.names = names.toArray(new String[0]);
			this.absolute = absolute;
			this.literalLength = literals.stream().mapToInt(String::length).sum();
		}

		static Template parse(String baseUrl, String template) {
			if (!template.startsWith("/")) {
				throw new IllegalArgumentException("URI template must start with '/', got '" + template + "'");
			}
			int queryStart = template.indexOf('?');
			List<String> literals = new ArrayList<>();
			List<String> names = new ArrayList<>();
			StringBuilder absolute = new StringBuilder(baseUrl);
			StringBuilder literal = new StringBuilder(baseUrl);
			int position = 0;
			while (true) {
				int open = template.indexOf('{', position);
				int end = (open < 0) ? template.length() : open;
				String encoded = encodeLiteral(template, position, end, queryStart);
				absolute.append(encoded);
				literal.append(encoded);
				if (open < 0) {
					break;
				}
				int close = template.indexOf('}', open);
				if (close < 0) {
					throw new IllegalArgumentException("URI template '" + template + "' has an unclosed variable");
				}
				String variable = template.substring(open + 1, close);
				int colon = variable.indexOf(':');
				names.add((colon < 0) ? variable : variable.substring(0, colon));
				literals.add(literal.toString());
				literal.setLength(0);
				absolute.append('{').append(variable).append('}');
				position = close + 1;
				if (queryStart >= open && queryStart <= close) {
					queryStart = template.indexOf('?', position);
				}
			}
			literals.add(literal.toString());
			return new Template(literals, names, absolute.toString());
		}

		/**
		 * Encodes template text the way {@code UriComponentsBuilder.encode()} does: path
		 * text for the path (with {@code //} collapsed, as Spring does), query text for
		 * the query.
		 */
		private static String encodeLiteral(String template, int start, int end, int queryStart) {
			if (queryStart < 0 || end <= queryStart) {
				return encodePath(template.substring(start, end));
			}
			if (start > queryStart) {
				return UriUtils.encodeQuery(template.substring(start, end), StandardCharsets.UTF_8);
			}
			return encodePath(template.substring(start, queryStart)) + "?"
					+ UriUtils.encodeQuery(template.substring(queryStart + 1, end), StandardCharsets.UTF_8);
		}

		private static String encodePath(String path) {
			String encoded = UriUtils.encodePath(path, StandardCharsets.UTF_8);
			while (encoded.contains("//")) {
				encoded = encoded.replace("//", "/");
			}
			return encoded;
		}

		URI expand(Map<String, String> fixedVariables, Map<String, ?> variables) {
			StringBuilder uri = new StringBuilder(this.literalLength + 48 * this.names.length);
			uri.append(this.literals[0]);
			for (int i = 0; i < this.names.length; i++) {
				String name = this.names[i];
				Object value = fixedVariables.get(name);
				if (value == null) {
					value = variables.get(name);
					if (value == null && !variables.containsKey(name)) {
						throw new IllegalArgumentException("Map has no value for '" + name + "'");
					}
				}
				String text = (value != null) ? value.toString() : "";
				uri.append(UriUtils.encode(text, StandardCharsets.UTF_8)).append(this.literals[i + 1]);
			}
			return URI.create(uri.toString());
		}

	}

}
