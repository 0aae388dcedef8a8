package vn.ntm.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ntm.reporting.ReportingProperties;

class ReportingCalendarsTest {

	private static ReportingProperties properties(Map<String, ReportingProperties.ProvinceRegime> provinces) {
		return new ReportingProperties(ZoneId.of("Asia/Ho_Chi_Minh"), 15, false, 20, 1, 3, 10_485_760, "vpdp",
				"BC-VPĐP", "VĂN PHÒNG ĐIỀU PHỐI NTM", List.of("Lưu: VT"), "CHÁNH VĂN PHÒNG", "", "0 0 7 * * *",
				"ntm@localhost", LocalDate.of(2025, 6, 30), "Luật 72/2025/QH15", provinces);
	}

	@Test
	void aProvinceWithoutItsOwnRulesReportsBeforeTheFifteenthAndConsolidatesBeforeTheTwentieth() {
		var calendar = new ReportingCalendars(properties(null)).forProvince("62");
		assertThat(calendar.lastOnTimeDay(YearMonth.of(2023, 3))).isEqualTo(LocalDate.of(2023, 4, 14));
		assertThat(calendar.consolidationLastOnTimeDay(YearMonth.of(2023, 3))).isEqualTo(LocalDate.of(2023, 4, 19));
	}

	@Test
	void aProvinceWithItsOwnDirectiveKeepsItsOwnDueDayAndTheRestFromTheDefaults() {
		var calendars = new ReportingCalendars(properties(Map.of("42",
				new ReportingProperties.ProvinceRegime(10, true, null, null, null, null))));
		assertThat(calendars.forProvince("42").lastOnTimeDay(YearMonth.of(2024, 6))).isEqualTo(LocalDate.of(2024, 7, 10));
		// "inclusive" reads both named days as still on time: consolidation by the end of the 20th
		assertThat(calendars.forProvince("42").consolidationLastOnTimeDay(YearMonth.of(2024, 6)))
			.isEqualTo(LocalDate.of(2024, 7, 20));
		assertThat(calendars.forProvince("62").lastOnTimeDay(YearMonth.of(2024, 6))).isEqualTo(LocalDate.of(2024, 7, 14));
	}
}
