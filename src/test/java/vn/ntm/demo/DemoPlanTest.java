package vn.ntm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.ntm.shared.Period;

class DemoPlanTest {

	private static List<String> kontumRuralCommunes() {
		List<String> named = new java.util.ArrayList<>();
		named.addAll(DemoPlan.TARGETS_2022_STANDARD);
		named.addAll(DemoPlan.TARGETS_2023_STANDARD);
		named.addAll(DemoPlan.ADVANCED_AND_MODEL_TARGETS);
		IntStream.range(0, 85 - named.size()).forEach(i -> named.add("9" + String.format("%04d", i)));
		return named;
	}

	private final DemoPlan plan = new DemoPlan(kontumRuralCommunes());

	private static long meetingAll(Map<String, Integer> met) {
		return met.values().stream().filter(v -> v == 19).count();
	}

	private static int total(Map<String, Integer> met) {
		return met.values().stream().mapToInt(Integer::intValue).sum();
	}

	@Test
	void endOf2021ReproducesTheDirectiveFigures() {
		Map<String, Integer> met = plan.criteriaMet(Period.year(2021));
		assertThat(total(met)).isEqualTo(1350); // 1350 / 85 = 15,88
		assertThat(meetingAll(met)).isEqualTo(35);
		long recognised = plan.recognitions().stream()
			.filter(r -> r.tier().equals("STANDARD") && r.date().getYear() <= 2021).count();
		assertThat(recognised).isEqualTo(35);
		assertThat(plan.recognitions().stream().filter(r -> r.tier().equals("ADVANCED"))).hasSize(3);
	}

	@Test
	void endOf2022ReproducesTheDirectiveFigures() {
		Map<String, Integer> met = plan.criteriaMet(Period.year(2022));
		assertThat(total(met)).isEqualTo(1360); // 1360 / 85 = 16,00
		assertThat(meetingAll(met)).isEqualTo(42);
		long recognised = plan.recognitions().stream()
			.filter(r -> r.tier().equals("STANDARD") && r.date().getYear() <= 2022).count();
		assertThat(recognised).isEqualTo(36);
	}

	@Test
	void allButOneOfThe2022TargetsReachTheStandardIn2022() {
		Map<String, Integer> met = plan.criteriaMet(Period.year(2022));
		assertThat(DemoPlan.TARGETS_2022_STANDARD.stream().filter(c -> met.get(c) == 19)).hasSize(7);
	}

	@Test
	void the2023TargetsProgressMonthByMonth() {
		Map<String, Integer> start = plan.criteriaMet(Period.year(2022));
		Map<String, Integer> end = plan.criteriaMet(Period.month(2023, 12));
		int before = DemoPlan.TARGETS_2023_STANDARD.stream().mapToInt(start::get).sum();
		int after = DemoPlan.TARGETS_2023_STANDARD.stream().mapToInt(end::get).sum();
		assertThat(after).isGreaterThan(before);
		assertThat(plan.periods()).contains(Period.month(2023, 1), Period.month(2023, 12));
	}

	@Test
	void everyRecognisedCommuneMeetsAllCriteriaWhenRecognised() {
		for (DemoPlan.Recognition r : plan.recognitions()) {
			Period at = r.date().getYear() <= 2021 ? Period.year(2021)
					: r.date().getYear() == 2022 ? Period.year(2022) : Period.month(2023, r.date().getMonthValue());
			assertThat(plan.criteriaMet(at).get(r.unitCode())).as(r.unitCode()).isEqualTo(19);
		}
	}

	@Test
	void theUnmetCriteriaShrinkAsACommuneMeetsMore() {
		String commune = DemoPlan.TARGETS_2023_STANDARD.getFirst();
		assertThat(plan.unmetCriteria(commune, 15)).containsAll(plan.unmetCriteria(commune, 16)).hasSize(4);
	}
}
