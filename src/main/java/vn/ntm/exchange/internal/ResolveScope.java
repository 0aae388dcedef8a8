package vn.ntm.exchange.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/**
 * The caller's scope for an area and period: a department gets its criteria × the communes of the area, a district
 * its communes × every indicator, the coordination office the province.
 */
@Component
public class ResolveScope {

	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Access access;
	private final ExchangeTexts texts;

	ResolveScope(Geography geography, CriteriaSets criteriaSets, Access access, ExchangeTexts texts) {
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.access = access;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	public Scope of(String unitCode, Period period) {
		LocalDate end = period.end();
		AdministrativeUnit area = geography.find(unitCode, end).or(() -> geography.findLatest(unitCode, end))
			.orElseThrow(() -> new ImportRefused("unknown-area", texts.errors().text("unknown-area", unitCode)));
		if (!access.canRead(area)) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		CriteriaSet set = standardSet(area, period)
			.orElseThrow(() -> new ImportRefused("no-set", texts.errors().text("set-mismatch", "-", period, "-")));
		List<AdministrativeUnit> communes = area.level() == UnitLevel.COMMUNE ? List.of(area)
				: geography.units(area.code(), UnitLevel.COMMUNE, end).stream()
					.filter(AdministrativeUnit::isRuralCommune)
					.filter(u -> u.isWithin(area.path()))
					.filter(access::canRead)
					.sorted(Comparator.comparing(AdministrativeUnit::path))
					.toList();
		List<Indicator> indicators = ValuesTemplate.indicators(set,
				n -> communes.stream().anyMatch(c -> access.canWriteValue(c, set.code(), n)));
		Map<String, String> districts = new HashMap<>();
		for (AdministrativeUnit c : communes) {
			districts.computeIfAbsent(c.parentCode(),
					p -> p == null ? "" : geography.findLatest(p, end).map(AdministrativeUnit::name).orElse(p));
		}
		return new Scope(area, period, set, communes, indicators, districts);
	}

	/** The standard commune set in force at the period's end in the area's province. */
	Optional<CriteriaSet> standardSet(AdministrativeUnit area, Period period) {
		return criteriaSets.inForce(SetLevel.COMMUNE, period.end(), area.provinceCode()).stream()
			.filter(s -> s.tier() == Tier.STANDARD).findFirst();
	}
}
