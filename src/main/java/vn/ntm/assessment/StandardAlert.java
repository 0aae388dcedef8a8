package vn.ntm.assessment;

import java.time.LocalDate;
import java.util.List;

import vn.ntm.criteria.Tier;

/**
 * A recognised commune that no longer meets a criterion of the set in force (giữ chuẩn): "Xã X, recognised 2021, no
 * longer meets criterion 17 since 2023-05: indicator 17.1 89,0 % &lt; 90 %".
 *
 * @param since       the first period of the unbroken run of "not met" that reaches {@code latestPeriod}
 * @param latestPeriod the period of the status row the alert is read from (the latest at or before the one asked)
 * @param monthsBelow whole months from the end of {@code since} to the end of the period asked
 * @param longBelow   below for {@code monthsBelow} ≥ the province's setting (ntm.standard.months-below)
 * @param failing     the criterion's indicators that are not met, each with its value and threshold
 */
public record StandardAlert(String unitCode, String unitName, Tier recognisedTier, LocalDate recognisedOn,
		String decisionNumber, String setCode, String setName, int criterion, String criterionNameVi,
		String criterionNameEn, String since, String latestPeriod, int monthsBelow, boolean longBelow,
		List<UnitStatus.IndicatorLine> failing) {

	public StandardAlert {
		failing = List.copyOf(failing);
	}
}
