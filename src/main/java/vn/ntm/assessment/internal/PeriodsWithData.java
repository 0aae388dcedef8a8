package vn.ntm.assessment.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.ntm.assessment.UnknownUnit;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/** The periods at which a unit or the units under it have a status: where pages take their default period from. */
@org.springframework.stereotype.Component
class PeriodsWithData {

	private final JdbcClient jdbc;
	private final Geography geography;
	private final Access access;

	PeriodsWithData(JdbcClient jdbc, Geography geography, Access access) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.access = access;
	}

	/** Oldest first; every version of the code counts (a unit's path may change with a reform). */
	List<Period> under(String unitCode) {
		List<AdministrativeUnit> versions = geography.versions(unitCode);
		if (versions.isEmpty()) {
			throw new UnknownUnit(unitCode);
		}
		List<String> paths = versions.stream().filter(access::canRead).map(AdministrativeUnit::path).distinct().toList();
		if (paths.isEmpty()) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		return paths.stream()
			.flatMap(path -> jdbc.sql("SELECT DISTINCT period FROM assessment_status WHERE unit_path LIKE :path")
				.param("path", path + "%")
				.query(String.class)
				.list()
				.stream())
			.distinct()
			.map(Period::parse)
			.sorted()
			.toList();
	}
}
