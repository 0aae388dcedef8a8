package vn.ntm.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Target;

class ReferencePlanFileTest {

	static ReferencePlanFile.Loaded load(String name) throws IOException {
		try (InputStream in = ReferencePlanFileTest.class.getResourceAsStream("/planning/" + name)) {
			return ReferencePlanFile.read(in);
		}
	}

	static Map<String, String> units(String csv) throws IOException {
		Map<String, String> names = new HashMap<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(
				ReferencePlanFileTest.class.getResourceAsStream("/reference/admin/" + csv), StandardCharsets.UTF_8))) {
			r.readLine();
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				String[] f = line.split(",");
				names.put(f[0], f[1] + "|" + f[4 < f.length ? 4 : 0]);
			}
		}
		return names;
	}

	private static List<String> codes(Plan plan, PlanTier tier) {
		return plan.named(tier).stream().map(Target.Named::unitCode).toList();
	}

	@Test
	void kontum2023PlanNamesSevenStandardThreeAdvancedAndOneModelCommuneWithTheirCodes() throws IOException {
		Plan plan = load("kontum-2023.yaml").plan();
		assertThat(plan.provinceCode()).isEqualTo("62");
		assertThat(plan.year()).isEqualTo(2023);
		assertThat(codes(plan, PlanTier.COMMUNE_STANDARD))
			.containsExactly("23518", "23503", "23380", "23356", "23535", "23534", "23431");
		assertThat(codes(plan, PlanTier.COMMUNE_ADVANCED)).containsExactly("23338", "23392", "23353");
		assertThat(codes(plan, PlanTier.COMMUNE_MODEL)).containsExactly("23512");
		assertThat(codes(plan, PlanTier.DISTRICT_STANDARD)).containsExactly("608");
		assertThat(plan.aggregates()).anySatisfy(a -> {
			assertThat(a.count()).isEqualTo(95);
			assertThat(a.ofTotal()).isEqualTo(95);
		});
	}

	@Test
	void kontum2022PlanNamesEightStandardSixAdvancedAndThreeModelCommunes() throws IOException {
		Plan plan = load("kontum-2022.yaml").plan();
		assertThat(codes(plan, PlanTier.COMMUNE_STANDARD))
			.containsExactly("23317", "23323", "23335", "23464", "23494", "23509", "23515", "23398");
		assertThat(codes(plan, PlanTier.COMMUNE_ADVANCED))
			.containsExactly("23329", "23437", "23440", "23386", "23542", "23488");
		assertThat(codes(plan, PlanTier.COMMUNE_MODEL)).containsExactly("23329", "23521", "23497");
		assertThat(plan.documents().getFirst().number()).isEqualTo("04/CT-UBND");
		assertThat(plan.documents().getFirst().issued()).isEqualTo(LocalDate.of(2022, 3, 2));
	}

	@Test
	void hatinh2024TargetsNameTheDistrictsWithDeadlinesAndTheKpis() throws IOException {
		Plan plan = load("hatinh-2024.yaml").plan();
		assertThat(codes(plan, PlanTier.DISTRICT_ADVANCED)).containsExactly("442", "443", "445", "440");
		assertThat(plan.named(PlanTier.DOSSIER_SUBMITTED)).extracting(Target.Named::unitCode, Target.Named::deadline)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("449", LocalDate.of(2024, 6, 30)),
					org.assertj.core.groups.Tuple.tuple("437", LocalDate.of(2024, 6, 30)),
					org.assertj.core.groups.Tuple.tuple("444", LocalDate.of(2024, 9, 30)));
		Target.Kpi water = plan.kpis().getFirst();
		assertThat(water.targetValue()).isEqualByComparingTo("50");
		assertThat(water.baselineValue()).isEqualByComparingTo("24.5");
		assertThat(water.metBy(new BigDecimal("24.5"))).isFalse();
		assertThat(plan.kpis()).anySatisfy(k -> {
			assertThat(k.bound()).isEqualTo(Target.Bound.MORE_THAN);
			assertThat(k.targetValue()).isEqualByComparingTo("12500");
			assertThat(k.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
		});
	}

	@Test
	void everyCodeInTheReferencePlansIsTheUnitItsOfficialNameSaysInTheReferenceLists() throws IOException {
		Map<String, String> kontum = units("kontum-2024.csv");
		Map<String, String> hatinh = units("hatinh-2024.csv");
		for (String file : List.of("kontum-2022.yaml", "kontum-2023.yaml", "hatinh-2024.yaml")) {
			ReferencePlanFile.Loaded loaded = load(file);
			Map<String, String> list = file.startsWith("kontum") ? kontum : hatinh;
			for (ReferencePlanFile.ExpectedUnit u : loaded.expectedUnits()) {
				assertThat(list).as(file + " " + u.code()).containsKey(u.code());
				assertThat(list.get(u.code()).split("\\|")[0]).as(file + " " + u.code()).isEqualTo(u.officialName());
			}
			for (Target.Named t : loaded.plan().named()) {
				String district = list.get(t.unitCode()).split("\\|")[1];
				assertThat(t.districtCode()).as(file + " " + t.unitCode())
					.isIn(t.unitCode(), district);
			}
		}
	}
}
