package org.opentok.spring.sample.instances;

import java.util.List;
import java.util.UUID;

/**
 * Two instances of the sample sharing one in-memory H2 database.
 */
class TwoInstancesOnH2Tests extends AbstractTwoInstancesTests {

	private final String url = "jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	List<String> database() {
		return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=sa",
				"--spring.datasource.password=");
	}

}
