package vn.ntm.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntm.planning.UnitNameMatch;
import vn.ntm.planning.UnitNameMatch.Candidate;
import vn.ntm.planning.UnitNameMatch.Status;

/**
 * Splits a list of unit names pasted from a directive into names with their district hints, tries each name also in
 * the spellings OCR damages ("Pak"/"Oak"/"Dak" for "Đăk", "0" for "o"), and classifies the candidates a name search
 * returns. The thresholds are deliberately strict: a wrong target is worse than one the user picks by hand.
 */
public final class NameMatching {

	/** A candidate at or above this score, clearly ahead of the next, is a match. */
	static final double MATCH = 0.85;
	/** The lead a match needs over the second candidate. */
	static final double LEAD = 0.08;
	/** Below this, a candidate is not worth showing: the name is reported as no match. */
	static final double PLAUSIBLE = 0.75;

	private static final Pattern TRAILING_HINT = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
	private static final Pattern DASH_HINT = Pattern.compile("^(.*?)\\s+[–—-]\\s+(.+)$");
	private static final Pattern LIST_PREFIX = Pattern.compile(
			"^(?i)(?:\\d+[.)]\\s*|[-•*]\\s*)?(?:(?:các|cac)\\s+)?(?:(?:xã|xa)\\s*:?\\s+)?");
	private static final Pattern DAMAGED_DAK = Pattern.compile("(?i)(?<![\\p{L}])(?:pak|oak|dak|đak|bak|ðak|đăc)(?![\\p{L}])");

	private NameMatching() {
	}

	/** A name to look up and the district the list puts it in, if any. */
	public record Name(String name, String hint) {

		/** The query text for the name search: "Name (hint)". */
		public String query() {
			return hint == null ? name : name + " (" + hint + ")";
		}
	}

	/**
	 * Names in the order written. Groups are separated by new lines or semicolons; within a group, names by commas.
	 * A hint in parentheses (or after a dash) applies to its own name and to the names before it in the group that
	 * have none: "Ngọc Bay, Đăk Bla, Đăk Rơ Wa (thành phố Kon Tum)" puts all three in Kon Tum city.
	 */
	public static List<Name> split(String text) {
		List<Name> names = new ArrayList<>();
		if (text == null) {
			return names;
		}
		for (String group : text.split("[;\\n\\r]+")) {
			List<String> parts = splitOutsideParentheses(group);
			List<Name> pending = new ArrayList<>();
			for (String part : parts) {
				String raw = LIST_PREFIX.matcher(part.strip()).replaceFirst("").strip();
				if (raw.isEmpty()) {
					continue;
				}
				Matcher m = TRAILING_HINT.matcher(raw);
				if (!m.matches()) {
					m = DASH_HINT.matcher(raw);
				}
				if (m.matches() && !m.group(1).isBlank()) {
					String hint = m.group(2).strip();
					for (Name p : pending) {
						names.add(new Name(p.name(), hint));
					}
					pending.clear();
					names.add(new Name(m.group(1).strip(), hint));
				}
				else {
					pending.add(new Name(raw, null));
				}
			}
			names.addAll(pending);
		}
		return names;
	}

	private static List<String> splitOutsideParentheses(String group) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char ch : group.toCharArray()) {
			if (ch == '(') depth++;
			if (ch == ')') depth = Math.max(0, depth - 1);
			if (ch == ',' && depth == 0) {
				parts.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(ch);
			}
		}
		parts.add(current.toString());
		return parts;
	}

	/** The spellings to try: as written, and with the OCR damage of the common name words repaired. */
	static List<String> spellings(String name) {
		List<String> spellings = new ArrayList<>();
		spellings.add(name);
		String repaired = DAMAGED_DAK.matcher(name).replaceAll("Đăk").replace('0', 'o');
		if (!repaired.equals(name)) {
			spellings.add(repaired);
		}
		return spellings;
	}

	/**
	 * Matches one name: searches every spelling, keeps each unit's best score, and classifies.
	 *
	 * @param search the name search (text with an optional "(hint)" → candidates with scores)
	 */
	public static UnitNameMatch match(Name name, Function<String, List<Candidate>> search) {
		Map<String, Candidate> best = new LinkedHashMap<>();
		for (String spelling : spellings(name.name())) {
			String query = new Name(spelling, name.hint()).query();
			for (Candidate c : search.apply(query)) {
				best.merge(c.code(), c, (a, b) -> a.score() >= b.score() ? a : b);
			}
		}
		List<Candidate> candidates = best.values().stream().filter(c -> c.score() >= PLAUSIBLE)
			.sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(5).toList();
		return new UnitNameMatch(name.query(), classify(candidates), candidates);
	}

	static Status classify(List<Candidate> candidates) {
		if (candidates.isEmpty()) {
			return Status.NO_MATCH;
		}
		double first = candidates.getFirst().score();
		double second = candidates.size() > 1 ? candidates.get(1).score() : 0;
		return first >= MATCH && first - second >= LEAD ? Status.MATCHED : Status.AMBIGUOUS;
	}
}
