package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.StandardAlert;
import vn.ntm.assessment.StandardAlerts;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Recognition;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Period;

/**
 * Reads, for the recognised communes of an area, each criterion's run of status rows back from the period asked: a
 * criterion whose latest row is "not met" is an alert, dated from the first row of that run. Rows "no data" or
 * "threshold unknown" neither raise an alert nor end a run (a month without a new value keeps the last one).
 */
@Component
class KeepingTheStandard implements StandardAlerts {

	private final ReadableUnits units;
	private final Geography geography;
	private final Recognitions recognitions;
	private final JdbcClient jdbc;
	private final CommuneStatus status;
	private final StandardProperties properties;

	KeepingTheStandard(ReadableUnits units, Geography geography, Recognitions recognitions, JdbcClient jdbc,
			CommuneStatus status, StandardProperties properties) {
		this.units = units;
		this.geography = geography;
		this.recognitions = recognitions;
		this.jdbc = jdbc;
		this.status = status;
		this.properties = properties;
	}

	private record Row(String unitCode, String period, LocalDate periodEnd, int criterion, IndicatorStatus status) {
	}

	@Override
	@Transactional(readOnly = true)
	public Standing standing(String unitCode, Period period) {
		AdministrativeUnit scope = units.readable(unitCode, period);
		LocalDate end = period.end();
		List<AdministrativeUnit> communes = scope.level() == UnitLevel.COMMUNE ? List.of(scope)
				: AreaCommunes.of(geography, scope, end);
		Map<String, Tier> held = recognitions.heldTiers(communes.stream().map(AdministrativeUnit::code).toList(), end);
		List<StandardAlert> alerts = new ArrayList<>();
		if (!held.isEmpty()) {
			CriteriaSet set = units.set(scope, period, null);
			Map<String, Map<Integer, List<Row>>> runs = rows(scope.path(), set, end);
			for (AdministrativeUnit commune : communes) {
				Tier tier = held.get(commune.code());
				if (tier != null) {
					alerts.addAll(alerts(commune, tier, set, period, runs.getOrDefault(commune.code(), Map.of())));
				}
			}
		}
		alerts.sort(Comparator.comparingInt(StandardAlert::monthsBelow).reversed()
			.thenComparing(StandardAlert::unitName).thenComparingInt(StandardAlert::criterion));
		return new Standing(scope.code(), period, held.size(), alerts, properties.monthsBelow());
	}

	private List<StandardAlert> alerts(AdministrativeUnit commune, Tier tier, CriteriaSet set, Period period,
			Map<Integer, List<Row>> byCriterion) {
		List<StandardAlert> alerts = new ArrayList<>();
		UnitStatus detail = null;
		Recognition decision = recognitions.decisions(commune.code()).stream()
			.filter(r -> r.tier() == tier && r.heldOn(period.end()))
			.max(Comparator.comparing(Recognition::decisionDate)).orElse(null);
		for (Criterion criterion : set.criteria()) {
			List<Row> rows = byCriterion.getOrDefault(criterion.number(), List.of());
			Row since = runOfNotMet(rows);
			if (since == null) {
				continue;
			}
			if (detail == null) {
				detail = status.status(commune.code(), period, set.code());
			}
			List<UnitStatus.IndicatorLine> failing = detail.criteria().stream()
				.filter(c -> c.number() == criterion.number()).flatMap(c -> c.indicators().stream())
				.filter(i -> i.status() == IndicatorStatus.NOT_MET).toList();
			int months = (int) ChronoUnit.MONTHS.between(since.periodEnd().withDayOfMonth(1),
					period.end().withDayOfMonth(1));
			alerts.add(new StandardAlert(commune.code(), commune.name(), tier,
					decision == null ? null : decision.decisionDate(), decision == null ? null : decision.decisionNumber(),
					set.code(), set.nameVi(), criterion.number(), criterion.nameVi(), criterion.nameEn(), since.period(),
					rows.getFirst().period(), months, months >= properties.monthsBelow(), failing));
		}
		return alerts;
	}

	/** Rows newest first: the oldest row of the run of "not met" that the newest decided row starts, or null. */
	private static Row runOfNotMet(List<Row> rows) {
		Row since = null;
		for (Row r : rows) {
			if (r.status() == IndicatorStatus.MET) {
				break;
			}
			if (r.status() == IndicatorStatus.NOT_MET) {
				since = r;
			}
		}
		return since;
	}

	/** Every criterion status row of the set under the path up to {@code end}, per commune and criterion, newest first. */
	private Map<String, Map<Integer, List<Row>>> rows(String path, CriteriaSet set, LocalDate end) {
		Map<String, Map<Integer, List<Row>>> rows = new HashMap<>();
		jdbc.sql("""
				SELECT c.unit_code, c.period, s.period_end, c.criterion_number, c.status
				FROM assessment_criterion_status c
				JOIN assessment_status s ON s.unit_code = c.unit_code AND s.set_code = c.set_code AND s.period = c.period
				WHERE c.set_code = :set AND s.unit_path LIKE :path AND s.period_end <= :end
				ORDER BY s.period_end DESC, s.period_kind ASC""")
			.param("set", set.code()).param("path", path + "%").param("end", end)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
					IndicatorStatus.valueOf(rs.getString(5))))
			.list()
			.forEach(r -> rows.computeIfAbsent(r.unitCode(), k -> new HashMap<>())
				.computeIfAbsent(r.criterion(), k -> new ArrayList<>()).add(r));
		return rows;
	}
}
