package vn.ntm.reporting.web;

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

/** Resolves the {@code unit} parameter: a province (every reporter) or a district (its committee's reports). */
@Component
class Scopes {

	private final Geography geography;
	private final Access access;

	Scopes(Geography geography, Access access) {
		this.geography = geography;
		this.access = access;
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
		AdministrativeUnit unit = geography.findLatest(code, LocalDate.now())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đơn vị mã " + code));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return new UnitScope(unit);
	}

	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException | NullPointerException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tháng phải có dạng yyyy-MM, ví dụ 2023-03");
		}
	}
}
