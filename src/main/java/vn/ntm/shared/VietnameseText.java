package vn.ntm.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching: no diacritics, Đ/đ as d, lower case, apostrophes dropped together with the
 * space around them and runs of white space collapsed ("Ia H' Drai", "Ia H'Drai" and "Ia HDrai" all fold to
 * {@code ia hdrai}), any other punctuation read as a space.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern APOSTROPHE = Pattern.compile("\\s*['’‘`ʼ]\\s*");
	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9 ]+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFD);
		s = MARKS.matcher(s).replaceAll("");
		s = s.replace('Đ', 'D').replace('đ', 'd').toLowerCase(Locale.ROOT);
		s = APOSTROPHE.matcher(s).replaceAll("");
		s = NON_WORD.matcher(s).replaceAll(" ");
		return SPACES.matcher(s).replaceAll(" ").trim();
	}
}
