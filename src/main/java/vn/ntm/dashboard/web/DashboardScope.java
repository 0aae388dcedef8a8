package vn.ntm.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.dashboard.DashboardProperties;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.Installation;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/** The units a page may show: the one asked for when the user may read it, where the user starts, the pickers' choices. */
@Component
class DashboardScope {

	static final String CHOOSE_VIEW = "dashboard/choose";

	private final Geography geography;
	private final Access access;
	private final DashboardProperties properties;
	private final Installation installation;
	private final Clock clock;

	DashboardScope(Geography geography, Access access, DashboardProperties properties, Installation installation,
			Clock clock) {
		this.geography = geography;
		this.access = access;
		this.properties = properties;
		this.installation = installation;
		this.clock = clock;
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

	/** The commune's group (2026–2030 set) on the date, if the province recorded one. */
	Optional<String> communeGroup(String code, LocalDate date) {
		return geography.communeGroup(code, date);
	}

	/** Provinces the user may read, or that contain a unit they may read. */
	List<AdministrativeUnit> provinces(LocalDate date) {
		return geography.units(null, UnitLevel.PROVINCE, date).stream()
			.filter(p -> access.canRead(p) || access.readablePaths().stream().anyMatch(x -> x.startsWith(p.path())))
			.sorted(Comparator.comparing(AdministrativeUnit::name, MatrixPages.VIETNAMESE))
			.toList();
	}

	/** Readable districts of a province. */
	List<AdministrativeUnit> districts(String provinceCode, LocalDate date) {
		return geography.children(provinceCode, date).stream()
			.filter(u -> u.level() == UnitLevel.DISTRICT)
			.filter(access::canRead)
			.sorted(Comparator.comparing(AdministrativeUnit::name, MatrixPages.VIETNAMESE))
			.toList();
	}

	/** The page asking a reader of several provinces (none configured for the install) which one to show. */
	String chooseProvince(String action, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("provinces", provinces(LocalDate.now(clock)));
		return CHOOSE_VIEW;
	}

	/** True when the user may read some unit (and so has a dashboard, if only a page asking to choose a province). */
	boolean readsAnything() {
		return !access.readablePaths().isEmpty();
	}

	/**
	 * Where the user's pages start: the widest unit of their scope when it lies in one province; for a reader of
	 * a province formed in 2025 and of the provinces merged into it, the one that exists today; for a reader of
	 * several provinces or of the whole country, the first configured default province they may read; else none
	 * (they choose).
	 */
	Optional<String> home() {
		Set<String> paths = access.readablePaths();
		Set<String> provinces = paths.stream().map(DashboardScope::provinceOf).collect(Collectors.toSet());
		LocalDate today = LocalDate.now(clock);
		if (!paths.contains("/") && provinces.size() > 1) {
			// an office of a province formed in 2025 also reads the provinces merged into it: it starts on its own
			List<String> existing = provinces.stream()
				.filter(code -> geography.find(code, today).filter(access::canRead).isPresent())
				.toList();
			if (existing.size() == 1) {
				return Optional.of(existing.get(0));
			}
		}
		if (paths.contains("/") || provinces.size() > 1) {
			// the configured start, else the province the install serves when it serves one
			List<String> starts = properties.defaultProvinces().isEmpty() ? installation.servedProvinces()
					: properties.defaultProvinces();
			if (properties.defaultProvinces().isEmpty() && starts.size() != 1) {
				return Optional.empty();
			}
			return starts.stream()
				.filter(code -> geography.findLatest(code, today).filter(access::canRead).isPresent())
				.findFirst();
		}
		return paths.stream()
			.sorted(Comparator.comparingInt((String p) -> p.split("/").length).thenComparing(p -> p))
			.findFirst()
			.map(DashboardScope::lastCode);
	}

	private static String provinceOf(String path) {
		String[] parts = path.split("/");
		return parts.length > 1 ? parts[1] : "";
	}

	private static String lastCode(String path) {
		String trimmed = path.substring(0, path.length() - 1);
		return trimmed.substring(trimmed.lastIndexOf('/') + 1);
	}
}
