package vn.ntm.reporting.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.ntm.reporting.Timeliness;

/** Numbers (1.234,50) and dates (dd/MM/yyyy, "ngày 18 tháng 4 năm 2023") as Vietnamese documents write them. */
public final class VietnameseFormat {

	public static final Locale VI = Locale.forLanguageTag("vi-VN");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseFormat() {
	}

	public static String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VI)).format(value);
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The place-and-date line of Decree 30/2020: "Kon Tum, ngày 18 tháng 4 năm 2023" (day and month below 10 with a 0 only for 1 and 2). */
	public static String placeAndDate(String place, LocalDate date) {
		// Nghị định 30/2020/NĐ-CP, Phụ lục I: ngày dưới 10 và tháng 1, 2 ghi thêm số 0 phía trước
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	public static String month(YearMonth month) {
		return "tháng " + month.getMonthValue() + " năm " + month.getYear();
	}

	public static String quarter(YearMonth month) {
		return switch ((month.getMonthValue() - 1) / 3) {
			case 0 -> "quý I";
			case 1 -> "quý II";
			case 2 -> "quý III";
			default -> "quý IV";
		} + " năm " + month.getYear();
	}

	public static String status(Timeliness.Status status) {
		return switch (status) {
			case ON_TIME -> "Đúng hạn";
			case LATE -> "Chậm";
			case MISSING -> "Chưa báo cáo";
			case PENDING -> "Chưa đến hạn";
		};
	}
}
