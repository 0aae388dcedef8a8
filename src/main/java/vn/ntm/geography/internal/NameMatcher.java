package vn.ntm.geography.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntm.shared.VietnameseText;

/**
 * Scores how well a unit name written in a document ("Đăk Pxy (Đăk Hà)", "xã Ngọk Réo", "TP. Kon Tum") matches an
 * official name, from 0 to 1. Names are compared folded (no diacritics, Đ as D), without their type prefix, with
 * the spelling variants of ethnic-minority place names made alike (Ngọc/Ngọk, Pờ Y/Bờ Y, Plô/Blô). An equal name is
 * 1.0; other names get a token and edit-distance similarity below 0.95. A type that contradicts the query's prefix
 * and a parent that does not match the query's hint lower the score.
 */
public final class NameMatcher {

	/** Folded type prefixes, longest first so "thanh pho" wins over a shorter one. */
	private static final List<Prefix> PREFIXES = List.of(
			new Prefix("thanh pho trung uong", "thanh pho"), new Prefix("thanh pho", "thanh pho"),
			new Prefix("thi tran", "thi tran"), new Prefix("thi xa", "thi xa"), new Prefix("dac khu", "dac khu"),
			new Prefix("huyen", "huyen"), new Prefix("phuong", "phuong"), new Prefix("quan", "quan"),
			new Prefix("tinh", "tinh"), new Prefix("xa", "xa"), new Prefix("tp", "thanh pho"),
			new Prefix("tx", "thi xa"), new Prefix("tt", "thi tran"));

	private static final Pattern HINT_IN_PARENTHESES = Pattern.compile("^(.*?)\\s*\\((.+)\\)\\s*$");
	private static final Pattern HINT_AFTER_DASH = Pattern.compile("^(.*?)\\s+[-–—,]\\s+(.+)$");

	static final double TYPE_MISMATCH = 0.85;
	static final double HINT_MISMATCH = 0.75;
	private static final double BELOW_EXACT = 0.95;

	private NameMatcher() {
	}

	/** What the user wrote: the name key, the type it named (folded, or null) and the parent hint key (or null). */
	public record Query(String text, String key, String type, String hintKey) {

		public boolean isBlank() {
			return key.isBlank();
		}
	}

	public static Query parse(String text) {
		String raw = text == null ? "" : text.strip();
		String hint = null;
		Matcher m = HINT_IN_PARENTHESES.matcher(raw);
		if (!m.matches()) {
			m = HINT_AFTER_DASH.matcher(raw);
		}
		if (m.matches() && !VietnameseText.fold(m.group(1)).isBlank()) {
			raw = m.group(1);
			hint = key(stripPrefix(VietnameseText.fold(m.group(2))).name());
		}
		Stripped stripped = stripPrefix(VietnameseText.fold(raw));
		return new Query(text, key(stripped.name()), stripped.type(), hint == null || hint.isBlank() ? null : hint);
	}

	/**
	 * @param name          the official name, e.g. {@code Xã Đắk Pxy}
	 * @param type          its type, e.g. {@code Xã}
	 * @param ancestorNames official names of its district and province (any order)
	 */
	public static double score(Query query, String name, String type, List<String> ancestorNames) {
		if (query.isBlank()) {
			return 0;
		}
		String foldedType = VietnameseText.fold(type);
		double score = similarity(query.key(), nameKey(name, type));
		if (query.type() != null && !query.type().equals(canonicalType(foldedType))) {
			score *= TYPE_MISMATCH;
		}
		if (query.hintKey() != null) {
			double best = 0;
			for (String ancestor : ancestorNames) {
				best = Math.max(best, similarity(query.hintKey(), nameKey(ancestor, null)));
			}
			if (best < 0.85) {
				score *= HINT_MISMATCH;
			}
		}
		return score;
	}

	/** The comparison key of an official name: folded, type prefix removed, spelling variants made alike. */
	public static String nameKey(String name, String type) {
		String folded = VietnameseText.fold(name);
		String foldedType = VietnameseText.fold(type);
		if (!foldedType.isEmpty() && folded.startsWith(foldedType + " ")) {
			folded = folded.substring(foldedType.length() + 1);
		}
		else {
			folded = stripPrefix(folded).name();
		}
		return key(folded);
	}

	/** 1.0 for equal keys, otherwise the better of a token and a whole-string similarity, scaled below 0.95. */
	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		String compactA = a.replace(" ", "");
		String compactB = b.replace(" ", "");
		if (compactA.equals(compactB)) {
			return BELOW_EXACT; // "Ia H Drai" against "Ia HDrai": only the spacing differs
		}
		double whole = 1.0 - (double) distance(compactA, compactB) / Math.max(compactA.length(), compactB.length());
		double tokens = tokenSimilarity(a.split(" "), b.split(" "));
		return BELOW_EXACT * Math.max(0, Math.max(whole, tokens)) * 0.99;
	}

	private static double tokenSimilarity(String[] a, String[] b) {
		double ab = coverage(a, b);
		double ba = coverage(b, a);
		return ab + ba == 0 ? 0 : 2 * ab * ba / (ab + ba);
	}

	/** How well the tokens of {@code a} are found in {@code b}, on average. */
	private static double coverage(String[] a, String[] b) {
		double sum = 0;
		for (String ta : a) {
			double best = 0;
			for (String tb : b) {
				best = Math.max(best, 1.0 - (double) distance(ta, tb) / Math.max(ta.length(), tb.length()));
			}
			sum += best;
		}
		return sum / a.length;
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * Makes the spelling variants of ethnic-minority names alike: a final k as c (Ngọk/Ngọc, Đắk/Đắc), an initial
	 * p not followed by h as b (Pờ Y/Bờ Y, Plô/Blô) and y as i (Đăk Pxy/Đắk PXi), as official lists, directives and
	 * OCR write them either way.
	 */
	static String key(String folded) {
		if (folded.isBlank()) {
			return "";
		}
		String[] tokens = folded.split(" ");
		for (int i = 0; i < tokens.length; i++) {
			String t = tokens[i].replace('y', 'i');
			if (t.length() > 1 && t.endsWith("k")) {
				t = t.substring(0, t.length() - 1) + "c";
			}
			if (t.length() > 1 && t.charAt(0) == 'p' && t.charAt(1) != 'h') {
				t = "b" + t.substring(1);
			}
			tokens[i] = t;
		}
		return String.join(" ", Arrays.asList(tokens));
	}

	private static String canonicalType(String foldedType) {
		for (Prefix p : PREFIXES) {
			if (p.folded().equals(foldedType)) {
				return p.type();
			}
		}
		return foldedType;
	}

	private static Stripped stripPrefix(String folded) {
		for (Prefix p : PREFIXES) {
			if (folded.startsWith(p.folded() + " ") && folded.length() > p.folded().length() + 1) {
				return new Stripped(folded.substring(p.folded().length() + 1), p.type());
			}
		}
		return new Stripped(folded, null);
	}

	private record Prefix(String folded, String type) {
	}

	private record Stripped(String name, String type) {
	}
}
