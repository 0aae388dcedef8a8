package vn.ntm.criteria.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSetVersionAdded;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Problems;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.geography.Region;
import vn.ntm.identity.Access;
import vn.ntm.shared.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same persistence tests on H2 (PostgreSQL mode) and on a real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
abstract class CriteriaSetsStoreTests {

	/** Kon Tum's own version: the whole national set, with its thresholds for indicator 2.1 and the decision. */
	static String konTumVersion() {
		try (var in = CriteriaSetsStoreTests.class.getResourceAsStream("/criteria/commune-standard-2021-2025.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replace("set_id: xa-ntm-2021-2025\n",
						"set_id: xa-ntm-2021-2025\nprovince: \"62\"\ndocument: {number: 999/QĐ-UBND, date: 2022-09-15}\n")
				.replaceFirst("comparison: \">=\"\n        threshold: null",
						"comparison: \">=\"\n        threshold: {all: 100, TN: 90}");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static final String KON_TUM_VERSION = konTumVersion();


	@MockitoBean
	Access access;

	@Autowired
	CriteriaSets sets;

	@Autowired
	BundledCriteriaSets bundled;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	static ByteArrayInputStream yaml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theBundledReferenceSetsAreStoredAsVersionOneWithTheirThresholds() {
		CriteriaSet commune = sets.find("xa-ntm-2021-2025").orElseThrow();

		assertThat(sets.versions("xa-ntm-2021-2025").get(0).version()).isEqualTo(1);
		assertThat(sets.versions("xa-ntm-2021-2025").get(0).importedBy()).isEqualTo("system");
		assertThat(commune.criteria()).hasSize(19);
		assertThat(commune.legalBasis().date()).isEqualTo(LocalDate.of(2022, 3, 8));
		assertThat(commune.indicator("15.3").orElseThrow().thresholds())
			.filteredOn(t -> t.region() == Region.DBSH).singleElement()
			.satisfies(t -> {
				assertThat(t.value()).isEqualTo("16.5");
				assertThat(t.verified()).isTrue();
			});
		assertThat(commune.indicator("10").orElseThrow().thresholds()).hasSize(28).noneMatch(Threshold::known);
		assertThat(sets.find("huyen-ntm-kieu-mau-2021-2025").orElseThrow().tier()).isEqualTo(Tier.MODEL);
		assertThat(sets.find("xa-ntm-2026-2030")).isPresent();
	}

	@Test
	void theModelCommuneSetIsStoredWithItsIndicatorTakenFromTheAdvancedSetAndItsRelativeIncomeLevel() {
		CriteriaSet model = sets.find("xa-ntm-kieu-mau-2021-2025").orElseThrow();

		assertThat(model.tier()).isEqualTo(Tier.MODEL);
		assertThat(model.requiresSetCode()).isEqualTo("xa-ntm-nang-cao-2021-2025");
		assertThat(model.legalBasis().document()).isEqualTo("Quyết định 319/QĐ-TTg");
		assertThat(model.criteria()).hasSize(4);
		assertThat(model.indicator("KM1").orElseThrow().valueType()).isEqualTo(ValueType.REQUIRED_TIER);
		assertThat(model.indicator("KM2").orElseThrow().thresholds()).singleElement().satisfies(t -> {
			assertThat(t.relativeTo()).isEqualTo(
					new Threshold.Relative("xa-ntm-nang-cao-2021-2025", "10", new java.math.BigDecimal("1.1")));
			assertThat(t.verified()).isTrue();
			assertThat(t.known()).isFalse();
		});
	}

	@Test
	void loadingTheBundledSetsAgainStoresNothingNew() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM criteria_set_version").query(Long.class).single();
		ApplicationArguments none = new DefaultApplicationArguments();
		bundled.run(none);
		bundled.run(none);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM criteria_set_version").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aProvinceVersionIsStoredAsTheNextVersionAndPreferredForThatProvinceOnly() {
		int next = sets.versions("xa-ntm-2021-2025").size() + 1;

		CriteriaSet stored = sets.importYaml(yaml(KON_TUM_VERSION), "chuyen-vien");

		assertThat(stored.version()).isEqualTo(next);
		LocalDate may2023 = LocalDate.of(2023, 5, 1);
		assertThat(sets.inForce("xa-ntm-2021-2025", may2023, "62").orElseThrow().version()).isEqualTo(next);
		assertThat(sets.inForce("xa-ntm-2021-2025", may2023, "42").orElseThrow().provinceCode()).isNull();
		assertThat(sets.find("xa-ntm-2021-2025").orElseThrow().provinceCode()).isNull();
		assertThat(sets.find("xa-ntm-2021-2025", next).orElseThrow().indicator("2.1").orElseThrow().thresholds())
			.extracting(Threshold::region, Threshold::value, Threshold::provinceCode, Threshold::source)
			.contains(org.assertj.core.groups.Tuple.tuple(Region.TN, "90", "62", "999/QĐ-UBND ngày 15/09/2022"));
		assertThat(sets.versions("xa-ntm-2021-2025")).last().satisfies(v -> {
			assertThat(v.documentNumber()).isEqualTo("999/QĐ-UBND");
			assertThat(v.importedBy()).isEqualTo("chuyen-vien");
			assertThat(v.checksum()).hasSize(64);
		});
		assertThat(sets.all()).anyMatch(s -> "62".equals(s.provinceCode()) && s.version() == next);
		assertThat(events.stream(CriteriaSetVersionAdded.class))
			.contains(new CriteriaSetVersionAdded("xa-ntm-2021-2025", next, "62"));
		assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.entityId().equals("xa-ntm-2021-2025/" + next));
	}

	@Test
	void anInvalidFileStoresNothingAndListsItsProblems() {
		long before = jdbc.sql("SELECT COUNT(*) FROM criteria_set_version").query(Long.class).single();

		assertThatThrownBy(() -> sets.importYaml(yaml(KON_TUM_VERSION.replaceFirst("comparison: \">=\"", "comparison: \">>\"")), "x"))
			.isInstanceOf(CriteriaSetRejected.class)
			.satisfies(e -> assertThat(Problems.vietnamese((CriteriaSetRejected) e))
				.containsExactly("criteria[1].indicators[0].comparison: giá trị '>>' không hợp lệ (>=, <=, boolean, none)"));
		String withoutCriterion19 = KON_TUM_VERSION.substring(0, KON_TUM_VERSION.indexOf("  - number: 19"));
		assertThatThrownBy(() -> sets.importYaml(yaml(withoutCriterion19), "x"))
			.isInstanceOf(CriteriaSetRejected.class)
			.satisfies(e -> assertThat(Problems.vietnamese((CriteriaSetRejected) e)).containsExactly(
					"criteria: thiếu tiêu chí 19 (Quốc phòng và An ninh) của bộ quốc gia",
					"criteria: thiếu chỉ tiêu 19.1 của bộ quốc gia", "criteria: thiếu chỉ tiêu 19.2 của bộ quốc gia"));
		assertThatThrownBy(() -> sets.importYaml(yaml(KON_TUM_VERSION.replace("set_id: xa-ntm-2021-2025\n",
				"version_of: khong-co\n")), "x"))
			.isInstanceOf(CriteriaSetRejected.class)
			.satisfies(e -> assertThat(Problems.vietnamese((CriteriaSetRejected) e)).contains(
					"version_of: không có bộ tiêu chí 'khong-co'"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM criteria_set_version").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theSetsInForceFollowTheProgrammePeriodAndComeInTierOrder() {
		List<CriteriaSet> communeSets2023 = sets.inForce(SetLevel.COMMUNE, LocalDate.of(2023, 1, 1), null);
		assertThat(communeSets2023).extracting(CriteriaSet::code)
			.containsExactly("xa-ntm-2021-2025", "xa-ntm-nang-cao-2021-2025", "xa-ntm-kieu-mau-2021-2025");
		assertThat(sets.inForce(SetLevel.COMMUNE, LocalDate.of(2026, 6, 1), null)).extracting(CriteriaSet::code)
			.containsExactly("xa-ntm-2026-2030");
		// the 2026-2030 set comes into force on 15/02/2026 (Quyết định 51/2025/QĐ-TTg), the 2021-2025 one ends the day before
		assertThat(sets.inForce(SetLevel.COMMUNE, LocalDate.of(2026, 1, 31), null)).extracting(CriteriaSet::code)
			.contains("xa-ntm-2021-2025").doesNotContain("xa-ntm-2026-2030");
		assertThat(sets.inForce("xa-ntm-2021-2025", LocalDate.of(2026, 2, 14), null)).isPresent();
		assertThat(sets.inForce("xa-ntm-2021-2025", LocalDate.of(2026, 2, 15), null)).isEmpty();
	}
}
