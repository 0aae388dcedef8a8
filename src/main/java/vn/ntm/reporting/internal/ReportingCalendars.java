package vn.ntm.reporting.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.rules.ReportingCalendar;

/** The due rules of each province: its own where configured, the installation's otherwise. */
final class ReportingCalendars {

	private final ReportingProperties properties;
	private final Map<String, ReportingCalendar> byProvince = new ConcurrentHashMap<>();

	ReportingCalendars(ReportingProperties properties) {
		this.properties = properties;
	}

	ReportingCalendar forProvince(String provinceCode) {
		return byProvince.computeIfAbsent(provinceCode == null ? "" : provinceCode, code -> {
			ReportingProperties.ProvinceRegime own = properties.provinces().get(code);
			ReportingProperties p = properties;
			if (own == null) {
				return new ReportingCalendar(p.zone(), p.dueDay(), p.dueInclusive(), p.consolidationDueDay(),
						p.dueMonthOffset());
			}
			return new ReportingCalendar(p.zone(), or(own.dueDay(), p.dueDay()),
					or(own.dueInclusive(), p.dueInclusive()), or(own.consolidationDueDay(), p.consolidationDueDay()),
					or(own.dueMonthOffset(), p.dueMonthOffset()));
		});
	}

	private static <T> T or(T own, T fallback) {
		return own != null ? own : fallback;
	}
}
