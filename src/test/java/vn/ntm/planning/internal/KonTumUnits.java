package vn.ntm.planning.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ntm.geography.internal.NameMatcher;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.UnitNameMatch;

/**
 * Kon Tum's units as of 2024 from the reference file, searched the way the geography module searches (its
 * {@link NameMatcher}, ancestors' names as hints): the name matching of a directive without Spring.
 */
final class KonTumUnits {

	record Unit(String code, String name, String type, String level, String parentCode) {
	}

	static final Map<String, Unit> UNITS = load();

	private KonTumUnits() {
	}

	private static Map<String, Unit> load() {
		Map<String, Unit> units = new LinkedHashMap<>();
		try (var in = KonTumUnits.class.getResourceAsStream("/reference/admin/kontum-2024.csv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",", -1);
				units.put(f[0], new Unit(f[0], f[1], f[2], f[3], f[4].isEmpty() ? null : f[4]));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return units;
	}

	static List<Unit> communes() {
		return UNITS.values().stream().filter(u -> u.level().equals("commune")).toList();
	}

	static Unit unit(String code) {
		return UNITS.get(code);
	}

	static List<UnitNameMatch.Candidate> search(String text, String level) {
		NameMatcher.Query query = NameMatcher.parse(text);
		List<UnitNameMatch.Candidate> found = new ArrayList<>();
		for (Unit u : UNITS.values()) {
			if (level != null && !u.level().equals(level)) {
				continue;
			}
			List<String> ancestors = new ArrayList<>();
			for (Unit p = UNITS.get(u.parentCode() == null ? "" : u.parentCode()); p != null;
					p = UNITS.get(p.parentCode() == null ? "" : p.parentCode())) {
				ancestors.add(p.name());
			}
			double score = NameMatcher.score(query, u.name(), u.type(), ancestors);
			if (score >= 0.5) {
				Unit parent = u.parentCode() == null ? null : UNITS.get(u.parentCode());
				found.add(new UnitNameMatch.Candidate(u.code(), u.name(), u.parentCode(),
						parent == null ? null : parent.name(), score));
			}
		}
		found.sort(Comparator.comparingDouble(UnitNameMatch.Candidate::score).reversed()
			.thenComparing(UnitNameMatch.Candidate::code));
		return found.subList(0, Math.min(10, found.size()));
	}

	/** Matches a name of a tier's list among the units of the tier's level. */
	static UnitNameMatch match(PlanTier tier, NameMatching.Name name) {
		String level = switch (tier.level()) {
			case COMMUNE -> "commune";
			case DISTRICT -> "district";
			default -> "none";
		};
		return NameMatching.match(name, q -> search(q, level));
	}
}
