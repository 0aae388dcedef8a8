package vn.ntm.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntm.planning.PlanTier;

/**
 * The target sentences of a directive: a count, the kind of unit, the names in parentheses and the tier, in either
 * order ("Phấn đấu có thêm 07 xã (Dự kiến: …) đạt chuẩn nông thôn mới", "03 xã đạt chuẩn NTM nâng cao (…)",
 * "02 xã đạt chuẩn NTM kiểu mẫu gồm: …"). Read on the {@link DirectiveText#shadow}, with Đ read as P or B allowed.
 */
final class DirectiveTargets {

	/** A tier sentence found: the names are the text of its list, still to be split and matched. */
	record Found(PlanTier tier, Integer count, String list) {
	}

	private static final Pattern COUNT_UNIT = Pattern.compile(
			"\\b(\\d{1,3})\\s*(?:\\([a-z ]+\\)\\s*)?(x[a3d]|huyen|thon(?:,?\\s*lang)?|lang)(?=[\\s(,:]|$)");
	private static final Pattern TIER = Pattern.compile("^\\s*,?\\s*(?:[dpb]at\\s+)?(?:chuan\\s+)?(?:(?:xa|huyen|thon)\\s+)?"
			+ "(?:nong thon moi|ntm)(?:\\s+(nang cao|kieu mau))?");
	private static final Pattern VILLAGE_TIER = Pattern.compile("^\\s*,?\\s*(?:[dpb]at\\s+(?:chuan\\s+)?)?"
			+ "(?:(?:khu dan cu|thon|lang)\\s+)?(?:nong thon moi\\s+)?kieu mau");
	private static final Pattern LIST_AFTER = Pattern.compile("^\\s*,?\\s*(?:gom|la)(?:\\s+co)?\\s*:?\\s*([^.]*)");

	private DirectiveTargets() {
	}

	static List<Found> read(List<String> paragraphs) {
		List<Found> found = new ArrayList<>();
		for (String paragraph : paragraphs) {
			String shadow = DirectiveText.shadow(paragraph);
			Matcher m = COUNT_UNIT.matcher(shadow);
			int from = 0;
			while (from < shadow.length() && m.find(from)) {
				from = m.end();
				int at = m.end();
				Tiered before = tier(shadow, at, m.group(2));
				at = before == null ? at : before.end();
				String list = null;
				int open = skipBlanks(shadow, at);
				if (open < shadow.length() && shadow.charAt(open) == '(') {
					int close = closing(shadow, open);
					list = paragraph.substring(open + 1, close);
					at = Math.min(shadow.length(), close + 1);
				}
				Tiered after = before == null ? tier(shadow, at, m.group(2)) : null;
				Tiered tier = before != null ? before : after;
				if (tier == null || tier.tier() == null) {
					continue;
				}
				at = tier.end();
				if (list == null) {
					Matcher l = LIST_AFTER.matcher(shadow.substring(at));
					if (l.find()) {
						list = paragraph.substring(at + l.start(1), at + l.end(1));
					}
				}
				from = at;
				found.add(new Found(tier.tier(), Integer.valueOf(m.group(1)), list == null ? "" : list));
			}
		}
		return found;
	}

	private record Tiered(PlanTier tier, int end) {
	}

	/** The tier phrase starting at {@code at}, for the kind of unit counted; null when there is none. */
	private static Tiered tier(String shadow, int at, String unit) {
		String rest = shadow.substring(at);
		if (unit.startsWith("thon") || unit.startsWith("lang")) {
			Matcher v = VILLAGE_TIER.matcher(rest);
			Matcher t = TIER.matcher(rest);
			return v.find() ? new Tiered(PlanTier.VILLAGE_MODEL, at + v.end())
					: t.find() ? new Tiered(PlanTier.VILLAGE_MODEL, at + t.end()) : null;
		}
		Matcher t = TIER.matcher(rest);
		if (!t.find()) {
			return null;
		}
		String level = t.group(1);
		boolean district = unit.equals("huyen");
		PlanTier tier = level == null ? (district ? PlanTier.DISTRICT_STANDARD : PlanTier.COMMUNE_STANDARD)
				: level.equals("nang cao") ? (district ? PlanTier.DISTRICT_ADVANCED : PlanTier.COMMUNE_ADVANCED)
						: district ? null : PlanTier.COMMUNE_MODEL;
		return new Tiered(tier, at + t.end());
	}

	private static int skipBlanks(String text, int at) {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/** The index of the parenthesis closing the one at {@code open}, or the end of the text when OCR lost it. */
	private static int closing(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return text.length();
	}
}
