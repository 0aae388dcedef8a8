package vn.ntm.finance;

import java.time.LocalDate;

import vn.ntm.shared.Money;

/** The project an allocation funds: its unit, the criterion it serves, its total investment and duration. */
public record Project(String name, String unitCode, Integer criterion, Money totalInvestment, LocalDate startsOn,
		LocalDate endsOn) {
}
