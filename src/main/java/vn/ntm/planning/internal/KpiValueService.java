package vn.ntm.planning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Access;
import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.KpiValue;
import vn.ntm.planning.KpiValues;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.Target;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;

@Service
class KpiValueService implements KpiValues {

	static final int SOURCE_LENGTH = 500;

	private final Clock clock;
	private final KpiValueStore store;
	private final PlanStore plans;
	private final Access access;
	private final ApplicationEventPublisher events;

	KpiValueService(KpiValueStore store, PlanStore plans, Access access, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.store = store;
		this.plans = plans;
		this.access = access;
		this.events = events;
	}

	@Override
	@Transactional
	public KpiValue record(String provinceCode, int year, long targetId, Input input) {
		Plan plan = plans.find(provinceCode, year)
			.orElseThrow(() -> new NoSuchElementException("no plan " + provinceCode + "/" + year));
		// KPI targets name no department or area, so only who manages the province records them
		if (!access.canManage(provinceCode)) {
			throw new AccessDeniedException("only the province's coordination office records KPI values");
		}
		Target.Kpi target = plan.kpis().stream().filter(k -> k.id() == targetId).findFirst()
			.orElseThrow(() -> new NoSuchElementException("no KPI target " + targetId + " in plan " + plan.id()));
		List<EntryRejected.Reason> reasons = new ArrayList<>();
		Period period = period(input, reasons);
		BigDecimal value = Amounts.kpi(input.value(), target.unitOfMeasure(), "value", reasons);
		String source = input.source() == null ? "" : input.source().strip();
		if (source.isEmpty()) {
			reasons.add(new EntryRejected.Reason("source", "required"));
		}
		else if (source.length() > SOURCE_LENGTH) {
			reasons.add(new EntryRejected.Reason("source", "too-long"));
		}
		if (!reasons.isEmpty()) {
			throw new EntryRejected(reasons);
		}
		long id = store.insert(targetId, provinceCode, target.indicator(), period.toString(), period.end(), value,
				source, access.currentUsername(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
		events.publishEvent(new AuditEvent("kpi-value", provinceCode + "/" + year + "/kpi/" + targetId + "/" + period,
				"create", null, target.indicator() + " = " + value.toPlainString() + " (" + source + ")", provinceCode));
		return store.find(id);
	}

	private static Period period(Input input, List<EntryRejected.Reason> reasons) {
		String text = input.period() != null && !input.period().isBlank() ? input.period().strip()
				: input.year() == null ? null : String.valueOf(input.year());
		if (text == null) {
			reasons.add(new EntryRejected.Reason("period", "required"));
			return null;
		}
		if (!Period.isValid(text)) {
			reasons.add(new EntryRejected.Reason("period", "malformed-period"));
			return null;
		}
		Period p = Period.parse(text);
		if (p.year() < SponsorshipService.FIRST_YEAR || p.year() > SponsorshipService.LAST_YEAR) {
			reasons.add(new EntryRejected.Reason("period", "year-range"));
			return null;
		}
		return p;
	}

	@Override
	public Map<Long, List<KpiValue>> history(Plan plan) {
		List<Target.Kpi> kpis = plan.kpis();
		List<KpiValue> values = store.of(plan.provinceCode(), kpis.stream().map(Target.Kpi::id).toList(),
				kpis.stream().map(Target.Kpi::indicator).distinct().toList());
		Map<Long, List<KpiValue>> result = new LinkedHashMap<>();
		for (Target.Kpi k : kpis) {
			result.put(k.id(), values.stream().filter(v -> belongs(v, k)).toList());
		}
		return result;
	}

	private static boolean belongs(KpiValue v, Target.Kpi k) {
		return v.targetId() != null && v.targetId() == k.id() || k.indicator().equals(v.indicator());
	}

	/**
	 * Progress lines: per KPI the latest value recorded at or before the end of {@code period}, unless the plan
	 * document's baseline is of a later year.
	 */
	List<PlanProgress.KpiLine> lines(Plan plan, Period period) {
		Map<Long, List<KpiValue>> history = history(plan);
		List<PlanProgress.KpiLine> lines = new ArrayList<>();
		for (Target.Kpi k : plan.kpis()) {
			KpiValue latest = history.get(k.id()).stream().filter(v -> !v.periodEnd().isAfter(period.end()))
				.findFirst().orElse(null);
			boolean baselineNewer = k.baselineValue() != null && k.baselineYear() != null
					&& (latest == null || k.baselineYear() > latest.periodEnd().getYear());
			if (latest == null || baselineNewer) {
				lines.add(new PlanProgress.KpiLine(k, k.baselineValue(), k.baselineYear(),
						k.baselineYear() == null ? null : String.valueOf(k.baselineYear()), null,
						k.metBy(k.baselineValue())));
			}
			else {
				lines.add(new PlanProgress.KpiLine(k, latest.value(), latest.periodEnd().getYear(), latest.period(),
						latest.source(), k.metBy(latest.value())));
			}
		}
		return lines;
	}
}
