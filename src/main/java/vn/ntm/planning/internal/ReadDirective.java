package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.ntm.geography.UnitLevel;
import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.Directives;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.UnitNameMatch;

/**
 * Reads a directive into a preview: the names of each tier's list are matched among the units of the tier's level
 * (communes for a commune tier, districts for a district tier) that the user reads. Village names are not units:
 * they are reported unmatched. The units are those valid on the directive's date, else on the date asked.
 */
@Service
class ReadDirective implements Directives {

	private final MatchUnitNames names;

	ReadDirective(MatchUnitNames names) {
		this.names = names;
	}

	@Override
	public DirectiveReading read(String text, LocalDate asOf, String provinceCode) {
		return DirectiveReader.read(text,
				(tier, name, dated) -> match(tier, name, dated == null ? asOf : dated, provinceCode));
	}

	private UnitNameMatch match(PlanTier tier, NameMatching.Name name, LocalDate asOf, String provinceCode) {
		return switch (tier.level()) {
			case COMMUNE -> names.match(name, asOf, provinceCode, UnitLevel.COMMUNE);
			case DISTRICT -> names.match(name, asOf, provinceCode, UnitLevel.DISTRICT);
			default -> new UnitNameMatch(name.query(), UnitNameMatch.Status.NO_MATCH, List.of());
		};
	}
}
