package vn.ntm.dashboard.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/** The units a page may show: the one asked for when the user may read it, and the pickers' choices. */
@Component
class Scope {

	private final Geography geography;
	private final Access access;

	Scope(Geography geography, Access access) {
		this.geography = geography;
		this.access = access;
	}

	/** The unit valid at the period's end; 404 when unknown, 403 when outside the user's scope. */
	AdministrativeUnit readable(String code, Period period) {
		AdministrativeUnit unit = geography.findLatest(code, period.end())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown unit " + code));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit " + code + " is outside the user's scope");
		}
		return unit;
	}

	Optional<AdministrativeUnit> unit(String code, LocalDate date) {
		return geography.findLatest(code, date);
	}

	/** Provinces the user may read, or that contain a unit they may read. */
	List<AdministrativeUnit> provinces(LocalDate date) {
		return geography.units(null, UnitLevel.PROVINCE, date).stream()
			.filter(p -> access.canRead(p) || access.readablePaths().stream().anyMatch(x -> x.startsWith(p.path())))
			.sorted(Comparator.comparing(AdministrativeUnit::name, MatrixController.VIETNAMESE))
			.toList();
	}

	/** Readable districts of a province. */
	List<AdministrativeUnit> districts(String provinceCode, LocalDate date) {
		return geography.children(provinceCode, date).stream()
			.filter(u -> u.level() == UnitLevel.DISTRICT)
			.filter(access::canRead)
			.sorted(Comparator.comparing(AdministrativeUnit::name, MatrixController.VIETNAMESE))
			.toList();
	}

	/** Where the user's start page is: the widest unit of their scope (a system-wide reader starts at Kon Tum). */
	Optional<String> home() {
		return access.readablePaths().stream()
			.sorted(Comparator.comparingInt((String p) -> p.split("/").length).thenComparing(p -> p))
			.findFirst()
			.map(Scope::lastCode);
	}

	private static String lastCode(String path) {
		if ("/".equals(path)) {
			return "62";
		}
		String trimmed = path.substring(0, path.length() - 1);
		return trimmed.substring(trimmed.lastIndexOf('/') + 1);
	}

	static Period period(String text, String fallback) {
		try {
			return Period.parse(text == null || text.isBlank() ? fallback : text);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed period " + text);
		}
	}
}
