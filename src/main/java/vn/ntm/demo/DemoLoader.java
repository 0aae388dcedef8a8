package vn.ntm.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Period;

/** Loads the demo province once (profile demo), after the reference units and criteria sets. */
@Component
@Profile("demo")
@Order(100)
class DemoLoader implements ApplicationRunner {

	static final String PROVINCE = "62";
	/** Kon Tum has been part of Quảng Ngãi since 01/07/2025 (Nghị quyết 202/2025/QH15): the demo's present. */
	static final String PRESENT_PROVINCE = "51";
	static final String SET = "xa-ntm-2021-2025";
	static final String SOURCE = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Assessments assessments;
	private final Recognitions recognitions;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	DemoLoader(Geography geography, CriteriaSets criteriaSets, Assessments assessments, Recognitions recognitions,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.assessments = assessments;
		this.recognitions = recognitions;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM demo_load").query(Integer.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		AsDemoLoader.run(transactions, this::load);
		log.info("Demo province Kon Tum loaded in {} ms (demo data, not official figures)",
				(System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		LocalDate end2022 = LocalDate.of(2022, 12, 31);
		List<String> communes = geography.units(PROVINCE, UnitLevel.COMMUNE, end2022).stream()
			.filter(AdministrativeUnit::isRuralCommune).map(AdministrativeUnit::code).sorted().toList();
		if (communes.isEmpty()) {
			// e.g. a test that replaces geography with a mock: there is no Kon Tum to fill
			log.warn("Demo province not loaded: the reference units of Kon Tum ({}) are missing", PROVINCE);
			return;
		}
		CriteriaSet reference = criteriaSets.inForce(SET, end2022, null)
			.orElseThrow(() -> new IllegalStateException("reference set " + SET + " is missing"));
		criteriaSets.importYaml(new ByteArrayInputStream(
				DemoThresholds.yaml(reference, PROVINCE).getBytes(StandardCharsets.UTF_8)), SOURCE);
		DemoPlan plan = new DemoPlan(communes);
		Random random = new Random(DemoPlan.SEED);
		Map<String, Set<Integer>> lastUnmet = new HashMap<>();
		Period previous = null;
		for (Period period : plan.periods()) {
			CriteriaSet set = criteriaSets.inForce(SET, period.end(), PROVINCE).orElseThrow();
			// thresholds that rise each year (income) need a new value in a new year, or a met criterion would slip
			boolean newYear = previous == null || previous.year() != period.year();
			previous = period;
			for (String commune : communes) {
				AdministrativeUnit unit = geography.find(commune, period.end()).orElseThrow();
				EvaluationContext context = new EvaluationContext(unit.evaluationRegion(), PROVINCE, period.end().getYear());
				Set<Integer> unmet = plan.unmetCriteria(commune, plan.criteriaMet(period).get(commune));
				Set<Integer> before = lastUnmet.get(commune);
				List<ValueInput> inputs = new ArrayList<>();
				for (Criterion criterion : set.criteria()) {
					boolean fails = unmet.contains(criterion.number());
					boolean changed = before == null || before.contains(criterion.number()) != fails
							|| newYear && byYear(criterion);
					if (period.kind() != Period.Kind.YEAR && !changed) {
						continue;
					}
					int failing = fails ? random.nextInt(criterion.indicators().size()) : -1;
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
				lastUnmet.put(commune, unmet);
				if (!inputs.isEmpty()) {
					assessments.record(commune, period.toString(), SET, inputs, SOURCE);
				}
			}
		}
		for (DemoPlan.Recognition r : plan.recognitions()) {
			recognitions.decide(new Recognitions.NewRecognition(r.unitCode(), Tier.valueOf(r.tier()),
					DemoTexts.get("recognition.number", r.unitCode()), r.date(), DemoTexts.get("recognition.issuer"),
					SET, DemoTexts.get("recognition.note"), true));
		}
		jdbc.sql("INSERT INTO demo_load (loaded_at, note) VALUES (CURRENT_TIMESTAMP, :note)")
			.param("note", "Kon Tum demo province, seed " + DemoPlan.SEED).update();
	}

	private static boolean byYear(Criterion criterion) {
		return criterion.indicators().stream().flatMap(i -> i.thresholds().stream()).anyMatch(t -> t.year() != null);
	}

	/** The thresholds the demo adds where the reference set has none, for Kon Tum's region (Tây Nguyên). */
	static Map<String, Object> demoThresholds() {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("2.1", 90); t.put("2.2", 70); t.put("2.3", 70); t.put("2.4", 60); t.put("3.1", 70); t.put("4.2", 95);
		t.put("5", 70); t.put("9.2", 70);
		t.put("10", Map.of("2021", 36, "2022", 39, "2023", 42, "2024", 45, "2025", 48));
		t.put("11", 6.5); t.put("12.1", 90); t.put("12.2", 55); t.put("14.2", 80); t.put("14.3", 55); t.put("15.1", 90);
		t.put("15.4", 40); t.put("16", 60); t.put("17.1", 90); t.put("17.2", 80); t.put("17.4", 2); t.put("17.7", 70);
		t.put("17.8", 60); t.put("17.9", 80); t.put("17.10", 30); t.put("17.11", 50);
		return t;
	}
}
