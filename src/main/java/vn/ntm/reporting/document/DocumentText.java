package vn.ntm.reporting.document;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.ntm.reporting.Timeliness;

/**
 * The wording of the reporting documents in one language: a key of the reporting bundle with its arguments (given as
 * text, so that no number is regrouped by the language's format). The application passes its message source in the
 * reader's language; {@link #vietnamese()} is the bundle read directly, the language of the administrative documents.
 */
@FunctionalInterface
public interface DocumentText {

	String get(String key, Object... args);

	/** Vietnamese, from {@code i18n/reporting_vi.properties}. */
	static DocumentText vietnamese() {
		return BundleText.VIETNAMESE;
	}

	/** "tháng 3 năm 2023". */
	default String month(YearMonth month) {
		return get("reporting.document.month", String.valueOf(month.getMonthValue()), String.valueOf(month.getYear()));
	}

	/** "quý I năm 2023". */
	default String quarter(YearMonth month) {
		return get("reporting.document.quarter", get("reporting.document.quarter." + ((month.getMonthValue() - 1) / 3 + 1)),
				String.valueOf(month.getYear()));
	}

	/** The place-and-date line of Decree 30/2020: "Kon Tum, ngày 18 tháng 4 năm 2023". */
	default String placeAndDate(String place, LocalDate date) {
		// Nghị định 30/2020/NĐ-CP, Phụ lục I: ngày dưới 10 và tháng 1, 2 ghi thêm số 0 phía trước
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return get("reporting.document.place-and-date", place, day, month, String.valueOf(date.getYear()));
	}

	default String status(Timeliness.Status status) {
		return get("reporting.document.status." + status.name());
	}
}
