package vn.ntm.assessment.web;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.assessment.StandardAlerts;
import vn.ntm.shared.Period;

/**
 * {@code GET /api/v1/alerts/standard?unit=…&period=…}: the recognised communes of a unit that fell below a criterion
 * (giữ chuẩn). Read access to the unit is checked by {@link StandardAlerts}; the period defaults to the current month.
 */
@RestController
class StandardAlertsApi {

	private final StandardAlerts alerts;
	private final MessageSource messages;
	private final Clock clock;

	StandardAlertsApi(StandardAlerts alerts, MessageSource messages, Clock clock) {
		this.alerts = alerts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/alerts/standard")
	StandardAlerts.Standing standing(@RequestParam String unit, @RequestParam(required = false) String period) {
		return alerts.standing(unit, period == null || period.isBlank() ? Period.of(YearMonth.now(clock))
				: ValuesApi.parse(period, messages));
	}
}
