package vn.ntm.inspection;

import java.time.LocalDate;

/** A year's inspection plan, from the province's document (kế hoạch kiểm tra). */
public record InspectionPlan(long id, String provinceCode, int year, String title, String documentNumber,
		LocalDate documentDate, long version) {
}
