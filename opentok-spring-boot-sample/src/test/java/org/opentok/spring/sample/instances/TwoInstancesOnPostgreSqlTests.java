package org.opentok.spring.sample.instances;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Two instances of the sample sharing one PostgreSQL database, each run in a schema of
 * its own that is dropped afterwards. Connects with {@code SAMPLE_POSTGRES_URL},
 * {@code SAMPLE_POSTGRES_USERNAME} and {@code SAMPLE_POSTGRES_PASSWORD}, by default what
 * {@code .ci/postgresql} creates. Skipped, saying so, when PostgreSQL cannot be reached,
 * unless {@code SAMPLE_POSTGRES_REQUIRED=true} (set by {@code .ci/run} once PostgreSQL
 * started): then it fails.
 */
class TwoInstancesOnPostgreSqlTests extends AbstractTwoInstancesTests {

	private static final String URL = setting("SAMPLE_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/opentok_sample");

	private static final String USERNAME = setting("SAMPLE_POSTGRES_USERNAME", "opentok_sample");

	private static final String PASSWORD = setting("SAMPLE_POSTGRES_PASSWORD", "opentok_sample");

	private final String schema = "sample_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@Override
	List<String> database() {
		String separator = URL.contains("?") ? "&" : "?";
		return List.of("--spring.datasource.url=" + URL + separator + "currentSchema=" + this.schema,
				"--spring.datasource.username=" + USERNAME, "--spring.datasource.password=" + PASSWORD,
				"--spring.flyway.schemas=" + this.schema, "--spring.flyway.default-schema=" + this.schema);
	}

	private boolean reachable;

	@Override
	@Nullable String prepareDatabase() {
		try (Connection connection = connect()) {
			this.reachable = connection.isValid(5);
			return this.reachable ? null : "PostgreSQL at " + URL + " did not answer within 5 s";
		}
		catch (SQLException ex) {
			String reason = "PostgreSQL is not reachable at " + URL + " as " + USERNAME + " (" + ex.getMessage()
					+ "): run .ci/postgresql to start it, or set SAMPLE_POSTGRES_URL, SAMPLE_POSTGRES_USERNAME "
					+ "and SAMPLE_POSTGRES_PASSWORD";
			if (Boolean.parseBoolean(System.getenv("SAMPLE_POSTGRES_REQUIRED"))) {
				throw new IllegalStateException("SAMPLE_POSTGRES_REQUIRED is true but " + reason, ex);
			}
			return reason;
		}
	}

	@Override
	void cleanDatabase() {
		if (!this.reachable) {
			return;
		}
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop the test schema " + this.schema, ex);
		}
	}

	private static Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USERNAME);
		properties.setProperty("password", PASSWORD);
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(URL, properties);
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
