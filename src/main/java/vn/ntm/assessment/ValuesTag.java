package vn.ntm.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The entity tag of the values of one unit, period and set (the resource {@code /api/v1/units/{code}/values/{period}}):
 * it changes whenever any of them is written, added or cleared, since each write raises a value's version. The HTTP
 * form of the version check that {@link ValueInput#version()} makes per value.
 */
public final class ValuesTag {

	private ValuesTag() {
	}

	/** A strong entity tag, quoted as it goes in an {@code ETag} header. */
	public static String of(List<RecordedValue> values) {
		StringBuilder text = new StringBuilder();
		values.stream().sorted(Comparator.comparing(RecordedValue::indicatorCode))
			.forEach(v -> text.append(v.indicatorCode()).append(':').append(v.version()).append(';'));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	/**
	 * Whether an {@code If-Match} header admits the current tag (RFC 9110 §13.1.1: {@code *}, or a list of strong
	 * tags one of which is the current one; a weak tag never matches). A null or blank header admits any.
	 */
	public static boolean admits(String ifMatch, String current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return true;
		}
		for (String tag : ifMatch.split(",")) {
			String t = tag.strip();
			if (t.equals("*") || t.equals(current)) {
				return true;
			}
		}
		return false;
	}
}
