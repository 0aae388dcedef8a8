package vn.ntm.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Summary;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Period;

/** The figures of a province or district (communes meeting all criteria, by tier held, average met), by district. */
@Component
class UnitSummary {

	private final ReadableUnits units;
	private final Geography geography;
	private final StoredStatuses statuses;
	private final Recognitions recognitions;

	private final PeriodsWithData periods;

	UnitSummary(ReadableUnits units, Geography geography, StoredStatuses statuses, Recognitions recognitions,
			PeriodsWithData periods) {
		this.periods = periods;
		this.units = units;
		this.geography = geography;
		this.statuses = statuses;
		this.recognitions = recognitions;
	}

	@Transactional(readOnly = true)
	Summary summary(String unitCode, Period period) {
		AdministrativeUnit scope = units.readable(unitCode, period);
		if (scope.level() != UnitLevel.PROVINCE && scope.level() != UnitLevel.DISTRICT) {
			throw new ValuesRejected(
					List.of(new ValueError("unit", null, "not-an-area", units.text("not-an-area", unitCode))));
		}
		LocalDate end = period.end();
		CriteriaSet set = units.set(scope, period, null);
		List<AdministrativeUnit> communes = AreaCommunes.of(geography, scope, end);
		Map<String, StoredStatuses.Latest> latest = statuses.latest(communes, scope.path(), set, end);
		Map<String, Tier> held = recognitions.heldTiers(communes.stream().map(AdministrativeUnit::code).toList(), end);
		Figures total = figures(communes, latest, held);
		List<Summary.Line> districts = new ArrayList<>();
		if (scope.level() == UnitLevel.PROVINCE) {
			Map<String, List<AdministrativeUnit>> byParent = communes.stream()
				.collect(Collectors.groupingBy(AdministrativeUnit::parentCode, LinkedHashMap::new, Collectors.toList()));
			for (AdministrativeUnit district : geography.children(scope.code(), end)) {
				if (district.level() != UnitLevel.DISTRICT) {
					continue;
				}
				Figures f = figures(byParent.getOrDefault(district.code(), List.of()), latest, held);
				districts.add(new Summary.Line(district.code(), district.name(), f.inScope, f.allMet, f.recognised,
						f.byTier, f.average, f.withData));
			}
		}
		return new Summary(scope.code(), scope.name(), period, set.code(), total.inScope, total.allMet,
				total.recognised, total.byTier, total.average, total.withData, districts);
	}

	private record Figures(int inScope, int allMet, int recognised, Map<Tier, Integer> byTier, BigDecimal average,
			int withData) {
	}

	private static Figures figures(List<AdministrativeUnit> communes, Map<String, StoredStatuses.Latest> statuses,
			Map<String, Tier> held) {
		int allMet = 0;
		int met = 0;
		int withData = 0;
		int recognised = 0;
		Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
		for (Tier t : Tier.values()) {
			byTier.put(t, 0);
		}
		for (AdministrativeUnit c : communes) {
			StoredStatuses.Latest s = statuses.get(c.code());
			if (s != null) {
				withData++;
				met += s.criteriaMet();
				if (s.allMet()) allMet++;
			}
			Tier tier = held.get(c.code());
			if (tier != null) {
				recognised++;
				for (Tier t : Tier.values()) {
					if (t.compareTo(tier) <= 0) byTier.merge(t, 1, Integer::sum);
				}
			}
		}
		BigDecimal average = communes.isEmpty() ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(met).divide(BigDecimal.valueOf(communes.size()), 2, RoundingMode.HALF_UP);
		return new Figures(communes.size(), allMet, recognised, byTier, average, withData);
	}

	/** The periods at which the unit or the units under it have a status, oldest first. */
	List<Period> periodsWithData(String unitCode) {
		return periods.under(unitCode);
	}
}
