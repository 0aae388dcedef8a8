package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.planning.UnitNameMatch;

/** Matches the unit names of a list pasted from a directive against the units the user reads. */
@Service
class MatchUnitNames {

	private final Geography geography;
	private final Access access;

	MatchUnitNames(Geography geography, Access access) {
		this.geography = geography;
		this.access = access;
	}

	List<UnitNameMatch> match(String text, LocalDate asOf, String provinceCode) {
		return NameMatching.split(text).stream().map(name -> match(name, asOf, provinceCode, null)).toList();
	}

	/** @param level the level of the units the name may mean, or null for any */
	UnitNameMatch match(NameMatching.Name name, LocalDate asOf, String provinceCode, UnitLevel level) {
		return NameMatching.match(name, q -> geography.search(q, asOf, 10).stream()
			.filter(m -> provinceCode == null || provinceCode.equals(m.unit().provinceCode()))
			.filter(m -> level == null || level == m.unit().level())
			.filter(m -> access.canRead(m.unit()))
			.map(m -> new UnitNameMatch.Candidate(m.unit().code(), m.unit().name(), m.unit().parentCode(),
					m.unit().parentCode() == null ? null
							: geography.find(m.unit().parentCode(), asOf).map(AdministrativeUnit::name).orElse(null),
					m.score()))
			.toList());
	}
}
