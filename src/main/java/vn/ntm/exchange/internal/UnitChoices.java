package vn.ntm.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;

/** The units a user may pick on the exchange page. */
@Component
public class UnitChoices {

	private final Geography geography;
	private final Access access;
	private final Clock clock;

	UnitChoices(Geography geography, Access access, Clock clock) {
		this.geography = geography;
		this.access = access;
		this.clock = clock;
	}

	/** The areas the user reads (their province, district or commune) and the districts below them, by code. */
	public Map<String, String> ofCurrentUser() {
		Map<String, String> units = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock);
		for (String path : access.readablePaths()) {
			String[] parts = path.split("/");
			List<AdministrativeUnit> roots = new ArrayList<>();
			if (parts.length < 2) {
				roots.addAll(geography.units(null, UnitLevel.PROVINCE, today).stream().limit(100).toList());
			}
			else {
				geography.findLatest(parts[parts.length - 1], today).ifPresent(roots::add);
			}
			for (AdministrativeUnit root : roots) {
				units.put(root.code(), root.name());
				if (root.level() == UnitLevel.PROVINCE && parts.length >= 2) {
					// a province merged in 2025 lists the districts it had on its last day
					LocalDate asOf = root.validTo() != null && root.validTo().isBefore(today) ? root.validTo() : today;
					geography.children(root.code(), asOf).stream().filter(u -> u.level() == UnitLevel.DISTRICT)
						.forEach(d -> units.put(d.code(), "— " + d.name()));
				}
			}
		}
		return units;
	}
}
