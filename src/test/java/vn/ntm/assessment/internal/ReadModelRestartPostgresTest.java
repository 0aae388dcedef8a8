package vn.ntm.assessment.internal;

import java.util.HashMap;
import java.util.Map;

import vn.ntm.support.PostgresDatabase;

class ReadModelRestartPostgresTest extends ReadModelRestartContract {

	@Override
	Map<String, Object> database() {
		Map<String, Object> properties = new HashMap<>();
		PostgresDatabase.register((name, value) -> properties.put(name, value.get()));
		return properties;
	}
}
