package org.opentok.spring.client.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProjectStatus} wire values.
 */
class ProjectStatusTests {

	@ParameterizedTest
	@CsvSource({ "VALID, VALID", "valid, VALID", "ACTIVE, ACTIVE", "active, ACTIVE", "Suspended, SUSPENDED",
			"' SUSPENDED ', SUSPENDED", "deleted, UNKNOWN", "'', UNKNOWN" })
	void readsWireValuesInAnyCase(String wire, ProjectStatus expected) {
		assertThat(ProjectStatus.fromWire(wire)).isEqualTo(expected);
	}

	@Test
	void readsNullAsUnknownAndWritesUpperCase() {
		assertThat(ProjectStatus.fromWire(null)).isEqualTo(ProjectStatus.UNKNOWN);
		assertThat(ProjectStatus.SUSPENDED.wireValue()).isEqualTo("SUSPENDED");
	}

}
