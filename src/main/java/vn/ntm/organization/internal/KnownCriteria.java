package vn.ntm.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The criteria sets the product ships ({@code classpath:criteria/*.yaml}) and their criterion numbers, for checking
 * an imported assignment. Read from the files rather than through the criteria module, which depends (through
 * identity) on this one; the 2026–2030 set is known here even before its indicators are entered.
 */
@Component
class KnownCriteria {

	private volatile Map<String, Set<Integer>> sets;

	/** The criterion numbers of {@code setCode}, empty when the set is unknown. */
	Optional<Set<Integer>> numbers(String setCode) {
		return Optional.ofNullable(sets().get(setCode));
	}

	private Map<String, Set<Integer>> sets() {
		if (sets == null) {
			sets = read();
		}
		return sets;
	}

	private static Map<String, Set<Integer>> read() {
		Map<String, Set<Integer>> found = new LinkedHashMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:criteria/*.yaml")) {
				try (InputStream in = file.getInputStream()) {
					for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
						if (document instanceof Map<?, ?> set && set.get("set_id") instanceof String code
								&& set.get("criteria") instanceof List<?> criteria) {
							Set<Integer> numbers = new TreeSet<>();
							for (Object criterion : criteria) {
								if (criterion instanceof Map<?, ?> c && c.get("number") instanceof Number n) {
									numbers.add(n.intValue());
								}
							}
							found.put(code, Set.copyOf(numbers));
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(found);
	}
}
