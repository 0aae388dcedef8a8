package vn.ntm.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A value of a province KPI for a period, as a document or report states it.
 *
 * @param targetId  the KPI target it was recorded against, or null once that target was replaced
 * @param indicator the KPI's indicator; values of the same indicator count for every plan of the province
 * @param source    the document or report the value comes from ("Báo cáo 15/BC-SXD")
 */
public record KpiValue(long id, Long targetId, String provinceCode, String indicator, String period,
		LocalDate periodEnd, BigDecimal value, String source, String recordedBy, OffsetDateTime recordedAt) {
}
