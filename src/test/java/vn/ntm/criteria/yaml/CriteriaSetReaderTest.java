package vn.ntm.criteria.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.Problems;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.geography.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CriteriaSetReaderTest {

	static String bundled(String file) throws IOException {
		try (InputStream in = CriteriaSetReaderTest.class.getResourceAsStream("/criteria/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String minimal(String indicators) {
		return """
				set_id: xa-thu
				name_vi: Bộ thử
				level: commune
				tier: standard
				valid_from: 2021-01-01
				valid_to: 2025-12-31
				criteria:
				  - number: 1
				    name_vi: Quy hoạch
				    indicators:
				""" + indicators.indent(6);
	}

	static List<String> problemsOf(String yaml) {
		return Problems.vietnamese(catchThrowableOfType(CriteriaSetRejected.class, () -> CriteriaSetReader.read(yaml)));
	}

	@Test
	void readsTheBundledCommuneSetWithNineteenCriteriaAndKeepsUnknownThresholdsUnknown() throws IOException {
		CriteriaSet set = CriteriaSetReader.read(bundled("commune-standard-2021-2025.yaml")).get(0).set();

		assertThat(set.code()).isEqualTo("xa-ntm-2021-2025");
		assertThat(set.level()).isEqualTo(SetLevel.COMMUNE);
		assertThat(set.tier()).isEqualTo(Tier.STANDARD);
		assertThat(set.validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
		// until the 2026-2030 set comes into force (Quyết định 51/2025/QĐ-TTg, 15/02/2026)
		assertThat(set.validTo()).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(set.legalBasis().document()).isEqualTo("Quyết định 318/QĐ-TTg");
		assertThat(set.legalBasis().date()).isEqualTo(LocalDate.of(2022, 3, 8));
		assertThat(set.criteria()).hasSize(19);

		Indicator roads = set.indicator("2.1").orElseThrow();
		assertThat(roads.valueType()).isEqualTo(ValueType.PERCENT);
		assertThat(roads.comparison()).isEqualTo(Comparison.AT_LEAST);
		assertThat(roads.thresholds()).singleElement().satisfies(t -> assertThat(t.known()).isFalse());

		Indicator stunting = set.indicator("15.3").orElseThrow();
		assertThat(stunting.thresholds()).filteredOn(t -> t.region() == Region.DBSH).singleElement()
			.satisfies(t -> {
				assertThat(t.value()).isEqualTo("16.5");
				assertThat(t.verified()).isTrue();
				assertThat(t.source()).startsWith("http");
			});
		assertThat(stunting.thresholds()).filteredOn(t -> t.region() == null).singleElement()
			.satisfies(t -> assertThat(t.known()).isFalse());

		Indicator income = set.indicator("10").orElseThrow();
		assertThat(income.thresholds()).hasSize(28).allSatisfy(t -> {
			assertThat(t.year()).isBetween(2022, 2025);
			assertThat(t.known()).isFalse();
		});
		assertThat(set.indicator("1.1").orElseThrow().valueType()).isEqualTo(ValueType.BOOLEAN);
		assertThat(set.indicator("9.1").orElseThrow().comparison()).isEqualTo(Comparison.EQUALS);
	}

	@Test
	void readsEveryBundledFileIncludingTheDistrictFileWithSeveralSets() throws IOException {
		assertThat(CriteriaSetReader.read(bundled("commune-advanced-2021-2025.yaml")).get(0).set().requiresSetCode())
			.isEqualTo("xa-ntm-2021-2025");
		assertThat(CriteriaSetReader.read(bundled("commune-2026-2030.yaml")).get(0).set())
			.satisfies(s -> {
				assertThat(s.validTo()).isNull();
				assertThat(s.criteria()).hasSize(10);
			});
		List<ReadSet> district = CriteriaSetReader.read(bundled("district-2021-2025.yaml"));
		assertThat(district).extracting(r -> r.set().code()).containsExactly("huyen-ntm-2021-2025",
				"thixa-thanhpho-hoan-thanh-ntm-2021-2025", "huyen-ntm-nang-cao-2021-2025", "huyen-ntm-kieu-mau-2021-2025",
				"tinh-hoan-thanh-ntm-2021-2025");
		assertThat(district.get(4).set().level()).isEqualTo(SetLevel.PROVINCE);
		assertThat(district.get(3).set().tier()).isEqualTo(Tier.MODEL);
	}

	@Test
	void aProvinceVersionCarriesItsProvinceDocumentAndDemoFlagOnEveryThreshold() {
		String yaml = """
				version_of: xa-ntm-2021-2025
				province: "62"
				demo: true
				document: {number: 1234/QĐ-UBND, date: 2022-09-15}
				name_vi: Bộ tiêu chí xã NTM tỉnh Kon Tum
				level: commune
				tier: standard
				valid_from: 2021-01-01
				valid_to: 2025-12-31
				criteria:
				  - number: 2
				    name_vi: Giao thông
				    indicators:
				      - {code: "2.1", name_vi: Đường xã, unit: "%", comparison: ">=", threshold: {general: 100, TN: "90,5"}}
				""";
		ReadSet read = CriteriaSetReader.read(yaml).get(0);

		assertThat(read.set().code()).isEqualTo("xa-ntm-2021-2025");
		assertThat(read.set().provinceCode()).isEqualTo("62");
		assertThat(read.documentNumber()).isEqualTo("1234/QĐ-UBND");
		assertThat(read.documentDate()).isEqualTo(LocalDate.of(2022, 9, 15));
		assertThat(read.set().indicator("2.1").orElseThrow().thresholds())
			.extracting(Threshold::region, Threshold::value, Threshold::provinceCode, Threshold::demo, Threshold::source)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(null, "100", "62", true, "1234/QĐ-UBND ngày 15/09/2022"),
					org.assertj.core.groups.Tuple.tuple(Region.TN, "90.5", "62", true, "1234/QĐ-UBND ngày 15/09/2022"));
	}

	@Test
	void aThresholdMarkedDemoIsFlaggedDemoAndTheOthersAreNot() {
		CriteriaSet set = CriteriaSetReader.read(minimal("""
				- {code: "1.1", name_vi: A, unit: "%", comparison: ">=", threshold: {all: 80}, demo: true}
				- {code: "1.2", name_vi: B, unit: "%", comparison: ">=", threshold: null}
				""")).get(0).set();

		assertThat(set.indicator("1.1").orElseThrow().thresholds()).allMatch(Threshold::demo);
		assertThat(set.indicator("1.2").orElseThrow().thresholds()).noneMatch(Threshold::demo);
	}

	@Test
	void demoCanBeMarkedInsideAThresholdOrAYearOfThresholds() {
		CriteriaSet set = CriteriaSetReader.read(minimal("""
				- {code: "1.1", name_vi: A, unit: "%", comparison: ">=", threshold: {all: 80, TN: 70, demo: true}}
				- {code: "1.2", name_vi: B, comparison: ">=", threshold_by_year: {"2022": {TN: 40, demo: true}, "2023": {TN: null}}}
				""")).get(0).set();

		assertThat(set.indicator("1.1").orElseThrow().thresholds()).hasSize(2).allMatch(Threshold::demo);
		assertThat(set.indicator("1.2").orElseThrow().thresholds())
			.extracting(Threshold::year, Threshold::value, Threshold::demo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2022, "40", true),
					org.assertj.core.groups.Tuple.tuple(2023, null, false));
	}

	@Test
	void anInvalidComparisonIsNamedWithItsPathInVietnamese() {
		assertThat(problemsOf(minimal("""
				- {code: "1.1", name_vi: A, comparison: ">>", threshold: null}
				"""))).containsExactly(
						"criteria[0].indicators[0].comparison: giá trị '>>' không hợp lệ (>=, <=, boolean, none)");
	}

	@Test
	void everyProblemOfAFileIsReportedAtOnce() {
		String yaml = """
				set_id: xa-thu
				level: town
				valid_from: 2025-12-31
				valid_to: 2021-01-01
				criteria:
				  - number: 1
				    name_vi: A
				    indicators:
				      - {code: "1.1", name_vi: A, unit: "%", comparison: ">=", threshold: {all: 120}}
				      - {code: "1.1", name_vi: B, comparison: ">=", threshold: {TayNguyen: 5}}
				      - {code: "1.3", name_vi: C, comparison: "<=", threshold: {all: "nhiều"}}
				  - number: 1
				    name_vi: B
				""";
		assertThat(problemsOf(yaml)).containsExactlyInAnyOrder(
				"name_vi: thiếu tên bộ tiêu chí",
				"level: giá trị 'town' không hợp lệ [commune, district, province, village]",
				"tier: thiếu giá trị [advanced, model, standard]",
				"valid_to: ngày kết thúc 2021-01-01 trước ngày bắt đầu 2025-12-31",
				"criteria[0].indicators[0].threshold.all: tỷ lệ 120% nằm ngoài khoảng 0–100",
				"criteria[0].indicators[1].threshold.TayNguyen: vùng 'TayNguyen' không hợp lệ (all, general, TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL)",
				"criteria[0].indicators[2].threshold.all: ngưỡng 'nhiều' không phải là số (phép so sánh <=)",
				"criteria[1].number: tiêu chí số 1 bị trùng");
	}

	@Test
	void duplicateIndicatorCodesAcrossCriteriaAreRejected() {
		String yaml = minimal("""
				- {code: "1.1", name_vi: A, comparison: boolean, threshold: {all: "Đạt"}}
				""") + """
				  - number: 2
				    name_vi: Giao thông
				    indicators:
				      - {code: "1.1", name_vi: B, comparison: boolean, threshold: {all: "Đạt"}}
				""";
		assertThat(problemsOf(yaml)).containsExactly("criteria[1].indicators[0].code: mã chỉ tiêu '1.1' bị trùng");
	}

	@Test
	void missingSetIdLevelAndTierAreEachReported() {
		assertThat(problemsOf("name_vi: X\nvalid_from: 2021-01-01\n")).containsExactlyInAnyOrder(
				"set_id: thiếu mã bộ tiêu chí",
				"level: thiếu giá trị [commune, district, province, village]",
				"tier: thiếu giá trị [advanced, model, standard]");
	}

	@Test
	void aYearKeyThatIsNotAYearAndAThresholdGivenTwiceAreRejected() {
		assertThat(problemsOf(minimal("""
				- code: "1.1"
				  name_vi: Thu nhập
				  comparison: ">="
				  threshold_by_year: {"năm 2022": {TN: 50}}
				- code: "1.2"
				  name_vi: Thu nhập
				  comparison: ">="
				  threshold: {all: 1}
				  threshold_by_year: {"2022": 2}
				"""))).containsExactlyInAnyOrder(
						"criteria[0].indicators[0].threshold_by_year.năm 2022: năm 'năm 2022' không hợp lệ",
						"criteria[0].indicators[1]: chỉ được ghi một trong threshold và threshold_by_year");
	}

	@Test
	void aProvinceCodeWrittenAsANumberIsRejectedBecauseLeadingZerosWouldBeLost() {
		assertThat(problemsOf("province: 1\n" + minimal("[]"))).containsExactly(
				"province: mã tỉnh '1' phải gồm 2 chữ số, viết trong dấu nháy (ví dụ \"62\")");
	}

	@Test
	void malformedYamlIsRejectedWithItsLine() {
		assertThat(problemsOf("set_id: x\ncriteria: [\n  - {a: 1\n")).singleElement()
			.satisfies(p -> assertThat(p).startsWith("dòng ").contains("không đọc được YAML"));
		assertThat(problemsOf("set_id: a\nset_id: b\n")).singleElement()
			.satisfies(p -> assertThat(p).contains("không đọc được YAML"));
		assertThat(problemsOf("- 1\n- 2\n")).singleElement().satisfies(p -> assertThat(p).contains("bộ tiêu chí"));
		assertThat(problemsOf("")).singleElement().satisfies(p -> assertThat(p).contains("rỗng"));
	}

	@Test
	void aBillionLaughsAliasBombIsRejectedBeforeItExpands() {
		StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
		for (int i = 1; i < 10; i++) {
			yaml.append("a").append(i).append(": &a").append(i).append(" [");
			for (int j = 0; j < 10; j++) {
				yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
			}
			yaml.append("]\n");
		}
		assertThatThrownBy(() -> CriteriaSetReader.read(yaml.toString())).isInstanceOf(CriteriaSetRejected.class);
	}

	@Test
	void aChoiceThresholdMustBeOneOfTheChoices() {
		assertThat(problemsOf(minimal("""
				- {code: "1.1", name_vi: A, comparison: none, choices: [Tốt, Khá], threshold: {all: Xuất sắc}}
				"""))).containsExactly("criteria[0].indicators[0].threshold: 'Xuất sắc' không thuộc choices [Tốt, Khá]");
	}

	@Test
	void sameFileTextGivesTheSameChecksum() {
		String yaml = minimal("[]");
		assertThat(CriteriaSetReader.read(yaml).get(0).checksum()).isEqualTo(CriteriaSetReader.read(yaml).get(0).checksum())
			.hasSize(64);
	}

	@Test
	void readsTheModelCommuneConditionsOfDecision319AsFourCriteriaBuildingOnTheAdvancedSet() throws IOException {
		CriteriaSet set = CriteriaSetReader.read(bundled("commune-model-2021-2025.yaml")).get(0).set();

		assertThat(set.code()).isEqualTo("xa-ntm-kieu-mau-2021-2025");
		assertThat(set.tier()).isEqualTo(Tier.MODEL);
		assertThat(set.level()).isEqualTo(SetLevel.COMMUNE);
		assertThat(set.requiresSetCode()).isEqualTo("xa-ntm-nang-cao-2021-2025");
		assertThat(set.validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(set.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(set.legalBasis().document()).isEqualTo("Quyết định 319/QĐ-TTg");
		assertThat(set.legalBasis().date()).isEqualTo(LocalDate.of(2022, 3, 8));
		assertThat(set.legalBasis().source()).startsWith("https://baoquangnam.vn/");
		assertThat(set.criteria()).hasSize(4).allSatisfy(c -> assertThat(c.indicators()).hasSize(1));
		assertThat(set.dependsOnOtherSets()).isTrue();

		Indicator advanced = set.indicator("KM1").orElseThrow();
		assertThat(advanced.valueType()).isEqualTo(ValueType.REQUIRED_TIER);
		assertThat(advanced.thresholds()).isEmpty();
		Threshold income = set.indicator("KM2").orElseThrow().thresholds().getFirst();
		assertThat(income.relativeTo()).isEqualTo(
				new Threshold.Relative("xa-ntm-nang-cao-2021-2025", "10", new java.math.BigDecimal("1.1")));
		assertThat(income.known()).isFalse();
		assertThat(income.verified()).isTrue();
		for (String count : List.of("KM3", "KM4")) {
			assertThat(set.indicator(count).orElseThrow().thresholds()).singleElement()
				.satisfies(t -> assertThat(t.value()).isEqualTo("1"))
				.satisfies(t -> assertThat(t.verified()).isTrue());
		}
	}

	@Test
	void anIndicatorTakenFromTheRequiredSetNeedsARequiredSetAYesNoComparisonAndNoThreshold() {
		assertThat(problemsOf(minimal("""
				- {code: KM1, name_vi: Là xã nâng cao, comparison: boolean, value_from: required_set}
				- {code: KM9, name_vi: Khác, comparison: ">=", value_from: required_set}
				- {code: KM8, name_vi: Khác, comparison: boolean, value_from: required_set, threshold: {all: Đạt}}
				- {code: KM7, name_vi: Khác, comparison: boolean, value_from: elsewhere}
				"""))).containsExactlyInAnyOrder(
				"criteria[0].indicators[1].value_from: chỉ tiêu lấy từ bộ tiêu chí yêu cầu phải có comparison: boolean",
				"criteria[0].indicators[2].threshold: chỉ tiêu lấy từ bộ tiêu chí yêu cầu không có ngưỡng riêng",
				"criteria[0].indicators[3].value_from: giá trị 'elsewhere' không hợp lệ (required_set)",
				"requires: thiếu bộ tiêu chí yêu cầu, cần cho chỉ tiêu value_from: required_set");
	}

	@Test
	void aRelativeThresholdNamesTheSetAndIndicatorAndAPositiveFactor() {
		assertThat(problemsOf(minimal("""
				- {code: "1", name_vi: A, comparison: ">=", threshold: {relative_to: {set: x}, factor: 0}}
				- {code: "2", name_vi: B, comparison: boolean, threshold: {relative_to: {set: x, indicator: "1"}, factor: 2, TN: 3}}
				"""))).containsExactlyInAnyOrder(
				"criteria[0].indicators[0].threshold.relative_to.indicator: thiếu mã chỉ tiêu",
				"criteria[0].indicators[0].threshold.factor: hệ số '0' phải là số dương",
				"criteria[0].indicators[1].threshold.relative_to: ngưỡng tương đối chỉ dùng với phép so sánh >= hoặc <=",
				"criteria[0].indicators[1].threshold.TN: khóa không hợp lệ trong ngưỡng tương đối (relative_to, factor)");
	}
}
