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
	static final double PLAUSIBLE = 0.8;

	/** Below {@link #PLAUSIBLE} and at least this, a candidate is shown as an alternative of a name not matched. */
	static final double ALTERNATIVE = 0.6;

	private static final Pattern TRAILING_HINT = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
	private static final Pattern DASH_HINT = Pattern.compile("^(.*?)\\s+[–—-]\\s+(.+)$");
	private static final Pattern LIST_PREFIX = Pattern.compile(
			"^(?i)(?:\\d+[.)]\\s*|[-•*+]\\s*)?(?:(?:các|cac)\\s+)?");
	private static final Pattern DAMAGED_DAK = Pattern.compile("(?i)(?<![\\p{L}])(?:pak|oak|dak|đak|bak|ðak|đăc)(?![\\p{L}])");
	/** On the shadow: "Dự kiến:" or "gồm:" before a list, its Đ read as P or B. */
	private static final Pattern LIST_INTRO = Pattern.compile("^\\s*(?:[dpb]u kien|gom(?: co)?)\\s*:?\\s*");
	/** On the shadow: a count before the names ("07 xã:"), with the number in words in parentheses. */
	private static final Pattern COUNT = Pattern.compile("^\\d{1,3}\\s*(?:\\([^)]*\\)\\s*)?(?=x[a3d]\\b|xa|thi tran|phuong)");
	/** On the shadow: the type word of a commune as written, "xã" also damaged to xa, xd, x3. */
	private static final Pattern TYPE = Pattern.compile("^(x[a3d]|thi tran|tt\\.|phuong)(?:\\s*:\\s*|\\s+)");
	/** On the shadow: "thuộc huyện X", the district that tells homonyms apart. */
	private static final Pattern QUALIFIER = Pattern.compile("\\s+thu[o]c\\s+(?=\\S)");
	private static final Pattern AND = Pattern.compile("\\s+va\\s+");
	private static final Pattern ELLIPSIS = Pattern.compile("(?:…|\\.{2,})");
	/** On the shadow: a first word that is Đăk with its Đ read as P, B, D or O and its ă as a, e, o. */
	private static final Pattern DAMAGED_FIRST_DAK = Pattern.compile("^[pbdo][aeo][kc](?=\\s|$)");

	private NameMatching() {
	}

	/**
	 * A name to look up, the district the list puts it in (if any) and the type it was written with (xã, thị trấn,
	 * phường; null when none), which tells a commune from the town of the same name.
	 */
	public record Name(String name, String hint, String type) {

		public Name(String name, String hint) {
			this(name, hint, null);
		}

		/** The query text for the name search: "type Name (hint)". */
		public String query() {
			String typed = type == null ? name : type + " " + name;
			return hint == null ? typed : typed + " (" + hint + ")";
		}
	}

	/**
	 * Names in the order written. Groups are separated by new lines or semicolons; within a group, names by commas
	 * or "và". A hint in parentheses, after a dash or after "thuộc" applies to its own name and to the names before
	 * it in the group that have none: "Ngọc Bay, Đăk Bla, Đăk Rơ Wa (thành phố Kon Tum)" and "xã A, xã B thuộc huyện
	 * C" put all names in that district. A list introduction ("Dự kiến:"), counts ("07 xã") and ellipses are dropped;
	 * the OCR damage {@link DirectiveText#repair} knows is repaired first.
	 */
	public static List<Name> split(String text) {
		List<Name> names = new ArrayList<>();
		if (text == null) {
			return names;
		}
		String repaired = DirectiveText.repair(text);
		repaired = ELLIPSIS.matcher(repaired).replaceAll(",");
		repaired = cut(repaired, LIST_INTRO);
		for (String group : repaired.split("[;\\n]+")) {
			List<Name> pending = new ArrayList<>();
			for (String part : splitOutsideParentheses(group)) {
				Name name = name(part);
				if (name == null) {
					continue;
				}
				if (name.hint() != null) {
					for (Name p : pending) {
						names.add(new Name(p.name(), name.hint(), p.type()));
					}
					pending.clear();
					names.add(name);
				}
				else {
					pending.add(name);
				}
			}
			names.addAll(pending);
		}
		return names;
	}

	private static Name name(String part) {
		String raw = LIST_PREFIX.matcher(part.strip()).replaceFirst("").strip();
		raw = cut(raw, LIST_INTRO);
		raw = cut(raw, COUNT);
		raw = strip(raw);
		if (raw.isEmpty()) {
			return null;
		}
		String hint = null;
		Matcher q = QUALIFIER.matcher(DirectiveText.shadow(raw));
		if (q.find() && q.start() > 0) {
			hint = strip(raw.substring(q.end()));
			raw = raw.substring(0, q.start()).strip();
		}
		else {
			Matcher m = TRAILING_HINT.matcher(raw);
			if (!m.matches()) {
				m = DASH_HINT.matcher(raw);
			}
			if (m.matches() && !m.group(1).isBlank()) {
				hint = m.group(2).strip();
				raw = m.group(1).strip();
			}
		}
		String type = null;
		// twice: a count's unit word may precede the name's own ("03 xã: xã Đăk Ang")
		for (int i = 0; i < 2; i++) {
			Matcher t = TYPE.matcher(DirectiveText.shadow(raw));
			if (t.find() && t.end() < raw.length()) {
				type = t.group(1).startsWith("x") ? "xã" : t.group(1).startsWith("p") ? "phường" : "thị trấn";
				raw = raw.substring(t.end()).strip();
			}
		}
		raw = unbalanced(strip(raw));
		hint = hint == null ? null : unbalanced(hint);
		return raw.isEmpty() ? null : new Name(raw, hint == null || hint.isBlank() ? null : hint, type);
	}

	private static String cut(String text, Pattern prefix) {
		Matcher m = prefix.matcher(DirectiveText.shadow(text));
		return m.find() ? text.substring(m.end()) : text;
	}

	/** Without the punctuation a list leaves around a name. */
	private static String strip(String text) {
		return text.replaceAll("^[\\s,.:\\-]+|[\\s,.:\\-]+$", "");
	}

	/** Without a parenthesis the list around the name opened or closed. */
	private static String unbalanced(String text) {
		long open = text.chars().filter(c -> c == '(').count();
		long close = text.chars().filter(c -> c == ')').count();
		String s = text;
		if (open > close && s.startsWith("(")) {
			s = s.substring(1);
		}
		if (close > open && s.endsWith(")")) {
			s = s.substring(0, s.length() - 1);
		}
		return strip(s);
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
		List<String> split = new ArrayList<>();
		for (String part : parts) {
			int from = 0;
			Matcher and = AND.matcher(DirectiveText.shadow(part));
			while (and.find()) {
				split.add(part.substring(from, and.start()));
				from = and.end();
			}
			split.add(part.substring(from));
		}
		return split;
	}

	/** The spellings to try: as written, and with the OCR damage of the common name words repaired. */
	static List<String> spellings(String name) {
		List<String> spellings = new ArrayList<>();
		spellings.add(name);
		String repaired = DAMAGED_DAK.matcher(name).replaceAll("Đăk").replace('0', 'o');
		Matcher first = DAMAGED_FIRST_DAK.matcher(DirectiveText.shadow(repaired));
		if (first.find()) {
			repaired = "Đăk" + repaired.substring(first.end());
		}
		if (!repaired.equals(name)) {
			spellings.add(repaired);
		}
		// OCR reads ă as é: "Méng Buk" is Măng Buk; tried besides, so a name really written with é keeps its score
		String breve = repaired.replace('é', 'ă');
		if (!breve.equals(repaired)) {
			spellings.add(breve);
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
		List<Candidate> sorted = best.values().stream()
			.sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
		List<Candidate> candidates = sorted.stream().filter(c -> c.score() >= PLAUSIBLE).limit(5).toList();
		if (candidates.isEmpty()) {
			// nothing good enough: the nearest few are shown for the user to pick, the name stays unmatched
			List<Candidate> alternatives = sorted.stream().filter(c -> c.score() >= ALTERNATIVE).limit(3).toList();
			return new UnitNameMatch(name.query(), Status.NO_MATCH, alternatives);
		}
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
