package vn.ntm.assessment.internal;

import java.util.Map;
import java.util.UUID;

class ReadModelRestartH2Test extends ReadModelRestartContract {

	@Override
	Map<String, Object> database() {
		// named and kept open between the two runs: the second starts on what the first left
		return Map.of("spring.datasource.url", "jdbc:h2:mem:restart-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}
}
