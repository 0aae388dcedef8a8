package vn.ntm.planning.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a directive as OCR delivers it, made readable: the systematic damage repaired where it is
 * unambiguous (a 6 or 0 inside a word is ơ or o, words glued at a change of case split), and each paragraph's
 * broken lines joined. Patterns are matched on a {@link #shadow} of the text: folded letter by letter (no
 * diacritics, đ as d, lower case) and of the same length, so a match's offsets cut the original text.
 */
final class DirectiveText {

	private static final Pattern SIX_IN_WORD = Pattern.compile("(?<=\\p{L})6(?!\\d)|(?<![\\d\\p{L}])6(?=\\p{Ll})");
	private static final Pattern ZERO_IN_WORD = Pattern.compile("(?<=\\p{L})0(?=\\p{L})");
	private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=(?<![\\p{L}\\d])[xX]3)(?=\\p{L})");
	private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00a0]+");
	/** A line that starts a new paragraph: a list marker, a numbered or lettered item, a roman numeral. */
	private static final Pattern ITEM_START = Pattern.compile(
			"^(?:[-–•*+]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s+|\\p{Ll}\\)\\s+|[IVX]{1,4}\\.\\s+).*");

	private DirectiveText() {
	}

	/** The text with its OCR damage repaired, NFC, blanks collapsed, lines kept. */
	static String repair(String text) {
		String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace("\r\n", "\n")
			.replace('\r', '\n');
		s = SIX_IN_WORD.matcher(s).replaceAll("ơ");
		s = ZERO_IN_WORD.matcher(s).replaceAll("o");
		s = GLUED.matcher(s).replaceAll(" ");
		s = BLANKS.matcher(s).replaceAll(" ");
		return s;
	}

	/** The lines of the repaired text, stripped, blank ones dropped. */
	static List<String> lines(String repaired) {
		List<String> lines = new ArrayList<>();
		for (String line : repaired.split("\n")) {
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
		}
		return lines;
	}

	/**
	 * Paragraphs: a line continues the one before unless that one ends a sentence or a heading (. : ;) or the line
	 * starts an item (never inside an open parenthesis: a list of names runs on), so a name that OCR broke over two lines ("Đăk\nAng") is whole again.
	 */
	static List<String> paragraphs(String repaired) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines(repaired)) {
			boolean ends = current.isEmpty() || ".:;!?".indexOf(current.charAt(current.length() - 1)) >= 0;
			if (!current.isEmpty() && !insideParentheses(current) && (ends || ITEM_START.matcher(line).matches())) {
				paragraphs.add(current.toString());
				current.setLength(0);
			}
			if (!current.isEmpty()) {
				current.append(' ');
			}
			current.append(line);
		}
		if (!current.isEmpty()) {
			paragraphs.add(current.toString());
		}
		return paragraphs;
	}

	private static boolean insideParentheses(CharSequence text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
		}
		return depth > 0;
	}

	/** The text folded letter by letter: no diacritics, đ as d, lower case; same length as the text. */
	static String shadow(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < text.length(); i++) {
			out[i] = fold(text.charAt(i));
		}
		return new String(out);
	}

	private static char fold(char ch) {
		if (ch == 'Đ' || ch == 'đ' || ch == 'Ð') {
			return 'd';
		}
		if (ch < 128) {
			return Character.toLowerCase(ch);
		}
		String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
		char base = decomposed.charAt(0);
		if (Character.getType(base) == Character.NON_SPACING_MARK) {
			return ' ';
		}
		return Character.toLowerCase(base);
	}
}
