package vn.ntm.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.planning.Plan;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
import vn.ntm.shared.Period;

/**
 * What the planning pages and API ask before answering: the unit and province a request is about (read access
 * checked), the plan a unit sees, and the default year and period, both from the clock.
 */
@Component
class PlanScope {

	private final Plans plans;
	private final Geography geography;
	private final Access access;
	private final FieldMessages messages;
	private final Clock clock;

	PlanScope(Plans plans, Geography geography, Access access, FieldMessages messages, Clock clock) {
		this.plans = plans;
		this.geography = geography;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	int thisYear() {
		return today().getYear();
	}

	/** The month a plan is followed at: December for a past year, else the current month. */
	Period followed(int year) {
		YearMonth now = YearMonth.now(clock);
		return year < now.getYear() ? Period.month(year, 12) : Period.of(now);
	}

	/** The period asked for, or the month the plan of {@code year} is followed at. */
	Period periodOrFollowed(String text, int year) {
		return text == null || text.isBlank() ? followed(year) : period(text, year);
	}

	/** The latest year the province has a plan for, else this year. */
	int latestPlanYear(String province) {
		return plans.all(province).stream().mapToInt(Plan::year).max().orElse(thisYear());
	}

	/**
	 * The province asked for, else the one a user's planning pages open on: of the provinces they read, one with
	 * plans (a commune whose code survived the 2025 reform is read in its old and its new province; the plans are
	 * the old one's); else the first they manage. Without any: 400 naming the missing parameter.
	 */
	String province(String requested) {
		if (requested != null && !requested.isBlank()) {
			return requested;
		}
		List<String> provinces = access.readablePaths().stream().map(p -> p.split("/")).filter(p -> p.length > 1)
			.map(p -> p[1]).distinct().sorted().toList();
		Optional<String> withPlans = provinces.stream().filter(p -> !plans.all(p).isEmpty()).findFirst();
		return withPlans.or(() -> Stream.concat(provinces.stream(), access.managedProvinces().stream().sorted())
			.findFirst())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					messages.text("planning.problem.parameter-required", "province")));
	}

	AdministrativeUnit readable(String code, LocalDate asOf) {
		AdministrativeUnit unit = geography.findLatest(code, asOf)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					messages.text("planning.problem.unknown-unit", code)));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return unit;
	}

	/** The plan of the unit's province, narrowed to the unit's targets when the unit is not the province. */
	Plan plan(String unitCode, int year) {
		AdministrativeUnit unit = readable(unitCode, LocalDate.of(year, 12, 31));
		Plan plan = plans.find(unit.provinceCode(), year)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					messages.text("planning.problem.no-plan", String.valueOf(year), unit.provinceCode())));
		if (unit.code().equals(unit.provinceCode())) {
			return plan;
		}
		List<Target> within = plan.targets().stream().filter(t -> t instanceof Target.Named n && n.unitCode() != null
				&& geography.findLatest(n.unitCode(), LocalDate.of(year, 12, 31))
					.map(u -> u.isWithin(unit.path())).orElse(false))
			.toList();
		return new Plan(plan.id(), plan.provinceCode(), plan.year(), plan.title(), plan.reference(), plan.source(),
				plan.documents(), within, plan.version());
	}

	static Period period(String text, int fallbackYear) {
		if (text == null || text.isBlank()) {
			return Period.year(fallbackYear);
		}
		try {
			return Period.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}
}
