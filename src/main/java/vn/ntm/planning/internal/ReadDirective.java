package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.geography.UnitLevel;
import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.DirectiveReading.TaskDraft;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.UnitNameMatch;

/**
 * Reads a directive into a preview: the names of each tier's list are matched among the units of the tier's level
 * (communes for a commune tier, districts for a district tier) that the user reads. Village names are not units:
 * they are reported unmatched. The units are those valid on the directive's date, else on the date asked. Within a
 * province, the organizations each task names are matched among the province's organizations in force that day.
 */
@Component
class ReadDirective {

	private final MatchUnitNames names;
	private final Organizations organizations;

	ReadDirective(MatchUnitNames names, Organizations organizations) {
		this.names = names;
		this.organizations = organizations;
	}

	DirectiveReading read(String text, LocalDate asOf, String provinceCode) {
		DirectiveReading reading = DirectiveReader.read(text,
				(tier, name, dated) -> match(tier, name, dated == null ? asOf : dated, provinceCode));
		if (provinceCode == null || provinceCode.isBlank() || reading.tasks().isEmpty()) {
			return reading;
		}
		List<Organization> inForce = organizations.all(provinceCode, reading.date() == null ? asOf : reading.date());
		List<TaskDraft> tasks = reading.tasks().stream().map(t -> new TaskDraft(t.action(), t.responsible(),
				t.support(), t.deadline(), t.recurrence(),
				t.responsible().stream().map(n -> OrganizationNames.match(n, inForce)).toList(),
				t.support().stream().map(n -> OrganizationNames.match(n, inForce)).toList()))
			.toList();
		return new DirectiveReading(reading.number(), reading.date(), reading.signer(), reading.signerTitle(),
				reading.targets(), tasks);
	}

	private UnitNameMatch match(PlanTier tier, NameMatching.Name name, LocalDate asOf, String provinceCode) {
		return switch (tier.level()) {
			case COMMUNE -> names.match(name, asOf, provinceCode, UnitLevel.COMMUNE);
			case DISTRICT -> names.match(name, asOf, provinceCode, UnitLevel.DISTRICT);
			default -> new UnitNameMatch(name.query(), UnitNameMatch.Status.NO_MATCH, List.of());
		};
	}
}
