package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;

/** The rural communes under an area as of a date, in path order: the rows of the summary and the matrix. */
final class AreaCommunes {

	private AreaCommunes() {
	}

	static List<AdministrativeUnit> of(Geography geography, AdministrativeUnit scope, LocalDate end) {
		return geography.units(scope.code(), UnitLevel.COMMUNE, end).stream()
			.filter(AdministrativeUnit::isRuralCommune)
			.filter(u -> u.isWithin(scope.path()))
			.sorted(Comparator.comparing(AdministrativeUnit::path).thenComparing(AdministrativeUnit::name))
			.toList();
	}
}
