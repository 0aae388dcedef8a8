package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative frame of a directive (Nghị định 30/2020/NĐ-CP, Phụ lục I): the number line ("Số: 15/CT-UBND"),
 * the place and date line, and the signature block at the end ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A").
 */
record DirectiveHeader(String number, LocalDate date, String signer, String signerTitle) {

	/** On the shadow of a line: "Số:" (its ố often lost) and the number with its symbol. */
	private static final Pattern NUMBER = Pattern.compile("^s[o]\\s*[:.;]?\\s*(\\d{1,5}\\s*/\\s*[0-9a-z.]+(?:\\s*[-/]\\s*[0-9a-z.]+)*)");
	/** On the shadow of a line: a line of the signature block above the name. */
	private static final Pattern TITLE = Pattern.compile("^(?:(?:tm|kt|tl|tuq|q)\\s*\\.?\\s+)?(?:(?:pho\\s+)?(?:chu tich"
			+ "|giam doc|truong ban|chanh van phong|bi thu|thu truong)|uy ban nhan dan|ubnd|ban chi dao)\\b.*");
	private static final Pattern NAME = Pattern.compile("^\\p{L}+(?:\\s+\\p{L}+){1,5}$");
	private static final int HEAD_LINES = 15;

	static DirectiveHeader read(List<String> lines) {
		String number = null;
		LocalDate date = null;
		for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
			String shadow = DirectiveText.shadow(line);
			Matcher m = NUMBER.matcher(shadow);
			if (number == null && m.find()) {
				number = line.substring(m.start(1), m.end(1)).replaceAll("\\s+", "");
			}
			if (date == null) {
				date = DirectiveDates.dated(shadow).orElse(null);
			}
		}
		String signer = null;
		String title = null;
		for (int i = lines.size() - 1; i > 0 && signer == null; i--) {
			if (!isName(lines.get(i)) || !isTitle(lines.get(i - 1))) {
				continue;
			}
			List<String> block = new ArrayList<>();
			for (int j = i - 1; j >= 0 && isTitle(lines.get(j)) && block.size() < 3; j--) {
				block.addFirst(lines.get(j));
			}
			signer = lines.get(i);
			title = String.join(" / ", block);
		}
		return new DirectiveHeader(number, date, signer, title);
	}

	/** An upper-case line of the signature block: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN". */
	private static boolean isTitle(String line) {
		return line.length() < 60 && line.equals(line.toUpperCase()) && TITLE.matcher(DirectiveText.shadow(line)).matches();
	}

	/** A person's name: two to six words starting with a capital, not a line of the title. */
	private static boolean isName(String line) {
		return NAME.matcher(line).matches() && !isTitle(line) && Character.isUpperCase(line.charAt(0));
	}
}
