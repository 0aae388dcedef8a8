package vn.ntm.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriterionResult;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.SetResult;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.shared.Period;
import vn.ntm.shared.VietnameseText;

/** Old → new per commune and indicator against the values in force, and the criteria that would change. */
@Component
class PreviewChanges {

	private final Assessments assessments;
	private final Geography geography;

	PreviewChanges(Assessments assessments, Geography geography) {
		this.assessments = assessments;
		this.geography = geography;
	}

	/** The preview of a valid file with the writes its commit would make. */
	PreviewStore.Stored of(String id, AdministrativeUnit area, Period period, ParsedValues parsed, String fileName) {
		CriteriaSet set = parsed.set();
		List<ImportPreview.ValueLine> changes = new ArrayList<>();
		List<ImportPreview.CriterionLine> criteria = new ArrayList<>();
		List<PreviewStore.Write> writes = new ArrayList<>();
		int unchanged = 0;
		for (ParsedValues.UnitRow row : parsed.rows()) {
			AdministrativeUnit unit = row.unit();
			UnitStatus status = assessments.status(unit.code(), period, set.code());
			Map<String, UnitStatus.IndicatorLine> lines = new HashMap<>();
			status.criteria().forEach(c -> c.indicators().forEach(i -> lines.put(i.code(), i)));
			Map<String, IndicatorValue> after = ValuesInForce.of(status, set);
			List<PreviewStore.Cell> cells = new ArrayList<>();
			for (Map.Entry<String, IndicatorValue> e : row.values().entrySet()) {
				UnitStatus.IndicatorLine line = lines.get(e.getKey());
				IndicatorValue now = line == null || line.value() == null ? null
						: ValuesInForce.typed(set.indicator(e.getKey()).orElse(null), line.value());
				if (now != null && same(now, e.getValue())) {
					unchanged++;
					continue;
				}
				boolean samePeriod = line != null && period.toString().equals(line.valuePeriod());
				changes.add(new ImportPreview.ValueLine(unit.code(), unit.name(), row.row(), e.getKey(),
						now == null ? null : now.toString(), samePeriod || line == null ? null : line.valuePeriod(),
						e.getValue().toString()));
				cells.add(new PreviewStore.Cell(e.getKey(), e.getValue().toString(),
						samePeriod ? line.valueVersion() : null));
				if (takesEffect(line, period)) {
					after.put(e.getKey(), e.getValue());
				}
			}
			if (cells.isEmpty()) continue;
			writes.add(new PreviewStore.Write(unit.code(), cells));
			SetResult evaluation = CriteriaEngine.evaluate(set,
					new EvaluationContext(unit.evaluationRegion(), unit.provinceCode(), period.end().getYear(),
							geography.communeGroup(unit.code(), period.end()).orElse(null)), after);
			Map<Integer, IndicatorStatus> before = new HashMap<>();
			status.criteria().forEach(c -> before.put(c.number(), c.status()));
			for (CriterionResult c : evaluation.criteria()) {
				IndicatorStatus was = before.get(c.criterion().number());
				boolean wasMet = was == IndicatorStatus.MET;
				boolean isMet = c.status() == IndicatorStatus.MET;
				if (wasMet != isMet) {
					criteria.add(new ImportPreview.CriterionLine(unit.code(), unit.name(), c.criterion().number(),
							c.criterion().nameVi(), was == null ? null : was.name(), c.status().name(), isMet));
				}
			}
		}
		ImportPreview preview = new ImportPreview(id, area.code(), area.name(), period.toString(), set.code(), fileName,
				parsed.rows().size(), parsed.cells(), unchanged, changes, criteria, List.of(), 0);
		return new PreviewStore.Stored(preview, writes);
	}

	/** A value of the period replaces the one in force unless that one is a coarser period ending the same day. */
	private static boolean takesEffect(UnitStatus.IndicatorLine line, Period period) {
		if (line == null || line.valuePeriod() == null || line.valuePeriod().equals(period.toString())) return true;
		Period current = Period.parse(line.valuePeriod());
		return current.end().isBefore(period.end()) || current.compareTo(period) < 0;
	}

	private static boolean same(IndicatorValue a, IndicatorValue b) {
		if (a.number() != null && b.number() != null) return a.number().compareTo(b.number()) == 0;
		return VietnameseText.fold(a.toString()).equals(VietnameseText.fold(b.toString()));
	}
}
