package vn.ntm.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.reporting.ReportRejected;
import vn.ntm.shared.platform.Messages;

/** Resolves the {@code unit} parameter: a province (every reporter) or a district (its committee's reports). */
@Component
class Scopes {

	private final Geography geography;
	private final Access access;
	private final Clock clock;
	private final Messages messages;

	Scopes(Geography geography, Access access, Clock clock, Messages messages) {
		this.messages = messages;
		this.geography = geography;
		this.access = access;
		this.clock = clock;
	}

	record UnitScope(AdministrativeUnit unit) {

		String provinceCode() {
			return unit.provinceCode();
		}

		boolean includes(vn.ntm.reporting.Obligation obligation) {
			return unit.level() == UnitLevel.PROVINCE || unit.code().equals(obligation.unitCode());
		}
	}

	UnitScope of(String code) {
		AdministrativeUnit unit = geography.findLatest(code, LocalDate.now(clock))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("reporting.error.no-unit", code)));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return new UnitScope(unit);
	}

	/** Today in the reporting regime's zone. */
	LocalDate today(java.time.ZoneId zone) {
		return LocalDate.now(clock.withZone(zone));
	}

	/** A message of the reporting bundle in the user's language. */
	String text(String key, Object... args) {
		return messages.get(key, args);
	}

	/** Why a report was refused, in the user's language. */
	String text(ReportRejected rejected) {
		return messages.get(rejected.reason());
	}

	YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException | NullPointerException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, messages.get("reporting.error.month-format"));
		}
	}
}
