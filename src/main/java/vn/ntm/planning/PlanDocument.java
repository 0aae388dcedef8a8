package vn.ntm.planning;

import java.time.LocalDate;

/**
 * A source document of a plan.
 *
 * @param number  e.g. {@code 04/CT-UBND}; null when the source we hold does not give it
 * @param issued  the date of issue, or null when unknown
 * @param source  where we read it (a web address or a note)
 */
public record PlanDocument(long id, Type type, String number, LocalDate issued, String issuer, String title,
		String source) {

	public enum Type {
		/** Nghị quyết HĐND tỉnh */
		RESOLUTION,
		/** Kế hoạch UBND tỉnh */
		PLAN,
		/** Chỉ thị của Chủ tịch UBND tỉnh */
		DIRECTIVE,
		/** Báo cáo, văn bản khác */
		OTHER
	}
}
