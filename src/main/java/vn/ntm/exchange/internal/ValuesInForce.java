package vn.ntm.exchange.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.geography.AdministrativeUnit;

/** The values in force at a period's end, typed by their indicators (numbers as numbers). */
@Component
class ValuesInForce {

	private final Assessments assessments;

	ValuesInForce(Assessments assessments) {
		this.assessments = assessments;
	}

	/** For each commune of the scope, read in one query. */
	Map<String, Map<String, IndicatorValue>> of(Scope scope) {
		Map<String, Map<String, IndicatorValue>> values = new LinkedHashMap<>();
		assessments.valuesInForce(scope.communes().stream().map(AdministrativeUnit::code).toList(), scope.period(),
				scope.set().code()).forEach((code, recorded) -> {
					Map<String, IndicatorValue> typedValues = new HashMap<>();
					recorded.forEach((indicatorCode, v) -> typedValues.put(indicatorCode,
							typed(scope.set().indicator(indicatorCode).orElse(null), v.display())));
					values.put(code, typedValues);
				});
		return values;
	}

	/** The values of one commune's status. */
	static Map<String, IndicatorValue> of(UnitStatus status, CriteriaSet set) {
		Map<String, IndicatorValue> values = new HashMap<>();
		for (UnitStatus.CriterionLine c : status.criteria()) {
			for (UnitStatus.IndicatorLine i : c.indicators()) {
				if (i.value() == null) continue;
				Indicator indicator = set.indicator(i.code()).orElse(null);
				values.put(i.code(), typed(indicator, i.value()));
			}
		}
		return values;
	}

	static IndicatorValue typed(Indicator indicator, String display) {
		if (indicator != null && ValuesTemplate.isNumeric(indicator)) {
			try {
				return IndicatorValue.of(new BigDecimal(display));
			}
			catch (NumberFormatException e) {
				return IndicatorValue.of(display);
			}
		}
		return IndicatorValue.of(display);
	}
}
