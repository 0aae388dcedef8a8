package vn.ntm.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.ValueInput;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.Threshold;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;

/**
 * DEMO DATA: illustrative 2026 values of the new Quảng Ngãi's communes that have a demo commune group, on the demo
 * 2026-2030 indicators of {@link DemoCriteria2026}, so the demo's present (December 2026) has figures. Each commune
 * meets a random number of the ten criteria (fixed seed); every value carries the demo note. Loaded once.
 */
@Component
@Profile("demo")
@Order(120)
class DemoValues2026 implements ApplicationRunner {

	static final String PERIOD = "2026";
	static final long SEED = 2026L;
	private static final String NOTE = "Quang Ngai 2026 demo values, seed " + SEED;
	private static final Logger log = LoggerFactory.getLogger(DemoValues2026.class);

	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Assessments assessments;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	DemoValues2026(Geography geography, CriteriaSets criteriaSets, Assessments assessments, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM demo_load WHERE note = :note").param("note", NOTE).query(Integer.class)
			.single() > 0) {
			return;
		}
		AsDemoLoader.run(transactions, this::load);
	}

	private void load() {
		LocalDate end = LocalDate.of(2026, 12, 31);
		Optional<CriteriaSet> set = criteriaSets.inForce(DemoCriteria2026.SET, end, DemoCriteria2026.PROVINCE)
			.filter(s -> DemoCriteria2026.PROVINCE.equals(s.provinceCode()));
		if (set.isEmpty()) {
			log.warn("Demo 2026 values not loaded: the demo indicators of province {} are missing",
					DemoCriteria2026.PROVINCE);
			return;
		}
		Random random = new Random(SEED);
		int communes = 0;
		for (AdministrativeUnit unit : geography.units(DemoCriteria2026.PROVINCE, UnitLevel.COMMUNE, end)) {
			Optional<String> group = geography.communeGroup(unit.code(), end);
			if (!unit.isRuralCommune() || group.isEmpty()) {
				continue;
			}
			List<ValueInput> inputs = values(set.get(), unit, group.get(), random);
			if (!inputs.isEmpty()) {
				assessments.record(unit.code(), PERIOD, DemoCriteria2026.SET, inputs, DemoLoader.SOURCE);
				communes++;
			}
		}
		jdbc.sql("INSERT INTO demo_load (loaded_at, note) VALUES (CURRENT_TIMESTAMP, :note)").param("note", NOTE)
			.update();
		log.info("Demo 2026 values recorded for {} communes of province {} (illustrative)", communes,
				DemoCriteria2026.PROVINCE);
	}

	private static List<ValueInput> values(CriteriaSet set, AdministrativeUnit unit, String group, Random random) {
		EvaluationContext context = new EvaluationContext(unit.evaluationRegion(), DemoCriteria2026.PROVINCE, 2026,
				group);
		int criteria = set.criteria().size();
		// between four criteria and all of them met
		int met = 4 + random.nextInt(criteria - 3);
		Set<Integer> unmet = new HashSet<>();
		while (unmet.size() < criteria - met) {
			unmet.add(set.criteria().get(random.nextInt(criteria)).number());
		}
		List<ValueInput> inputs = new ArrayList<>();
		for (Criterion criterion : set.criteria()) {
			int failing = unmet.contains(criterion.number()) ? random.nextInt(criterion.indicators().size()) : -1;
			for (int i = 0; i < criterion.indicators().size(); i++) {
				Indicator indicator = criterion.indicators().get(i);
				Optional<Threshold> threshold = CriteriaEngine.applicableThreshold(indicator, context);
				if (threshold.isEmpty() || !threshold.get().known()) {
					continue;
				}
				Object value = DemoValues.value(indicator, threshold.get().value(), i != failing, random);
				inputs.add(new ValueInput(indicator.code(), value, DemoTexts.get("value.note"), null, null));
			}
		}
		return inputs;
	}
}
