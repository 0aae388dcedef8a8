package vn.ntm.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.ntm.shared.AuditEvent;

/** The reference units as loaded into a real database; run on H2 and on PostgreSQL by the subclasses. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
abstract class GeographyReferenceDataTests {

	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 3, 1);
	static final LocalDate AFTER_REFORM = LocalDate.of(2025, 7, 1);

	@Autowired Geography geography;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationContext context;
	@Autowired ApplicationEvents events;

	@Test
	void konTumOnFirstMarch2025Has85CommunesTenWardsAndSevenTownshipsInTenDistricts() {
		List<AdministrativeUnit> communes = geography.units("62", UnitLevel.COMMUNE, BEFORE_REFORM);
		Map<String, Long> byType = communes.stream().collect(Collectors.groupingBy(AdministrativeUnit::type, Collectors.counting()));
		assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of("Xã", 85L, "Phường", 10L, "Thị trấn", 7L));
		assertThat(geography.units("62", UnitLevel.DISTRICT, BEFORE_REFORM)).hasSize(10);
		assertThat(geography.children("62", BEFORE_REFORM)).hasSize(10);
		assertThat(communes.stream().filter(AdministrativeUnit::isRuralCommune)).hasSize(85);
	}

	@Test
	void haTinhOnFirstMarch2025Has209CommunesInTwelveDistricts() {
		assertThat(geography.units("42", UnitLevel.COMMUNE, BEFORE_REFORM)).hasSize(209);
		assertThat(geography.units("42", UnitLevel.DISTRICT, BEFORE_REFORM)).hasSize(12);
	}

	@Test
	void theStateOnFirstMarch2025IsExactlyTheKonTumAndHaTinhLists() throws IOException {
		for (var entry : Map.of("62", "kontum-2024.csv", "42", "hatinh-2024.csv").entrySet()) {
			List<String> expected = lines(entry.getValue());
			List<String> actual = new java.util.ArrayList<>();
			geography.find(entry.getKey(), BEFORE_REFORM).map(GeographyReferenceDataTests::line).ifPresent(actual::add);
			geography.units(entry.getKey(), null, BEFORE_REFORM).forEach(u -> actual.add(line(u)));
			assertThat(actual).as(entry.getValue()).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void huyenLocHaExistedIn2023ButNotOnFirstMarch2025AndItsCommunesWentToThachHa() {
		LocalDate in2023 = LocalDate.of(2023, 6, 1);
		assertThat(geography.find("448", in2023)).get().extracting(AdministrativeUnit::name).isEqualTo("Huyện Lộc Hà");
		assertThat(geography.find("448", BEFORE_REFORM)).isEmpty();
		assertThat(geography.findLatest("448", BEFORE_REFORM)).get().extracting(AdministrativeUnit::validTo)
				.isEqualTo(LocalDate.of(2025, 2, 28));
		List<AdministrativeUnit> locHa2023 = geography.units("448", UnitLevel.COMMUNE, in2023);
		assertThat(locHa2023).isNotEmpty();
		assertThat(geography.find("18412", in2023)).get().extracting(AdministrativeUnit::path).isEqualTo("/42/448/18412/");
		assertThat(geography.find("18412", BEFORE_REFORM)).get().extracting(AdministrativeUnit::parentCode, AdministrativeUnit::path)
				.containsExactly("445", "/42/445/18412/");
		// the GSO lists put most of them under Thạch Hà (445), a few under Hà Tĩnh city (436)
		assertThat(locHa2023).allSatisfy(u -> geography.find(u.code(), BEFORE_REFORM)
				.ifPresent(after -> assertThat(after.parentCode()).isIn("445", "436")));
		assertThat(geography.successors("448")).extracting(UnitLineage::newCode).containsExactly("445");
	}

	@Test
	void haMonWentWholeIntoXaDakHaOnFirstJuly2025() {
		assertThat(geography.successors("23521"))
				.containsExactly(new UnitLineage("23521", "23500", AFTER_REFORM, "full"));
		assertThat(geography.find("23500", AFTER_REFORM)).get().extracting(AdministrativeUnit::name).isEqualTo("Xã Đăk Hà");
		assertThat(geography.predecessors("23500")).extracting(UnitLineage::oldCode).contains("23521", "23500");
	}

	@Test
	void kyLoiWasSplitBetweenThreeWards() {
		assertThat(geography.successors("18796")).extracting(UnitLineage::newCode, UnitLineage::kind)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("18754", "partial"),
						org.assertj.core.groups.Tuple.tuple("18823", "partial"),
						org.assertj.core.groups.Tuple.tuple("18832", "partial"));
	}

	@Test
	void after2025QuangNgaiHas96CommunesAndCode23293IsAnotherUnit() {
		assertThat(geography.units("51", UnitLevel.COMMUNE, AFTER_REFORM)).hasSize(96);
		assertThat(geography.units("42", UnitLevel.COMMUNE, AFTER_REFORM)).hasSize(69);
		assertThat(geography.units("42", UnitLevel.DISTRICT, AFTER_REFORM)).isEmpty();
		assertThat(geography.find("62", AFTER_REFORM)).isEmpty();
		assertThat(geography.find("23293", BEFORE_REFORM)).get().extracting(AdministrativeUnit::name).isEqualTo("Phường Thắng Lợi");
		assertThat(geography.find("23293", AFTER_REFORM)).get()
				.extracting(AdministrativeUnit::name, AdministrativeUnit::path, AdministrativeUnit::validFrom)
				.containsExactly("Phường Kon Tum", "/51/23293/", AFTER_REFORM);
		assertThat(geography.find("23293", LocalDate.of(2021, 1, 1))).get().extracting(AdministrativeUnit::validFrom).isNull();
	}

	@Test
	void unitsTakeTheirProvincesRegion() {
		assertThat(geography.find("23293", BEFORE_REFORM).orElseThrow().region()).isEqualTo(Region.TN);
		assertThat(geography.find("23293", AFTER_REFORM).orElseThrow().region()).isEqualTo(Region.DHNTB);
		assertThat(geography.find("18412", BEFORE_REFORM).orElseThrow().region()).isEqualTo(Region.BTB);
	}

	@Test
	void anEspeciallyDifficultCommuneIsEvaluatedAsNorthernMidlandsAndTheChangeIsAudited() {
		AdministrativeUnit before = geography.find("23503", BEFORE_REFORM).orElseThrow();
		var profile = geography.profile("23503", before.validFrom()).orElseThrow();
		try {
			var changed = geography.updateProfile("23503", before.validFrom(), null, true, profile.version());
			assertThat(changed.version()).isEqualTo(profile.version() + 1);
			AdministrativeUnit after = geography.find("23503", BEFORE_REFORM).orElseThrow();
			assertThat(after.especiallyDifficult()).isTrue();
			assertThat(after.region()).isEqualTo(Region.TN);
			assertThat(after.evaluationRegion()).isEqualTo(Region.TDMNPB);
			assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
				assertThat(e.entityType()).isEqualTo("administrative-unit");
				assertThat(e.entityId()).startsWith("23503");
				assertThat(e.newValue()).contains("\"especiallyDifficult\":true");
			});
			assertThatThrownBy(() -> geography.updateProfile("23503", before.validFrom(), Region.DHNTB, false, profile.version()))
					.isInstanceOf(OptimisticLockingFailureException.class);
			geography.updateProfile("23503", before.validFrom(), Region.DHNTB, true, changed.version());
			assertThat(geography.find("23503", BEFORE_REFORM).orElseThrow().region()).isEqualTo(Region.DHNTB);
		}
		finally {
			long version = geography.profile("23503", before.validFrom()).orElseThrow().version();
			geography.updateProfile("23503", before.validFrom(), null, false, version);
		}
	}

	@Test
	void loadingAgainWithTheSameFilesChangesNothingAndChangedFilesKeepTheProfiles() throws Exception {
		long units = count();
		ApplicationRunner loader = context.getBeansOfType(ApplicationRunner.class).values().stream()
				.filter(r -> r.getClass().getSimpleName().startsWith("ServedProvinces")).findFirst().orElseThrow();
		ApplicationArguments none = new DefaultApplicationArguments();
		loader.run(none);
		assertThat(count()).isEqualTo(units);

		AdministrativeUnit commune = geography.find("23425", BEFORE_REFORM).orElseThrow();
		long version = geography.profile("23425", null).orElseThrow().version();
		geography.updateProfile("23425", null, Region.TDMNPB, true, version);
		try {
			jdbc.sql("UPDATE geography_reference_load SET checksum = 'changed'").update();
			loader.run(none);
			assertThat(count()).isEqualTo(units);
			assertThat(geography.profile("23425", null)).get()
					.extracting(Geography.UnitProfile::regionOverride, Geography.UnitProfile::especiallyDifficult)
					.containsExactly(Region.TDMNPB, true);
		}
		finally {
			geography.updateProfile("23425", commune.validFrom(), null, false,
					geography.profile("23425", null).orElseThrow().version());
		}
	}

	@Test
	void searchPrefersTheUnitUnderTheHintedDistrictAndKnowsWhichXaDakHaIsMeantWhen() {
		assertThat(geography.search("Đăk Pxy (Đăk Hà)", BEFORE_REFORM, 3).getFirst().unit().code()).isEqualTo("23503");
		var xaDakHa = geography.search("Xã Đăk Hà", BEFORE_REFORM, 5);
		assertThat(xaDakHa.getFirst().unit().code()).isEqualTo("23425");
		assertThat(xaDakHa.getFirst().score()).isEqualTo(1.0);
		assertThat(geography.search("Đăk Hà (Đăk Hà)", BEFORE_REFORM, 5).getFirst().unit().code()).isIn("615", "23500");
		assertThat(geography.search("Thị trấn Đăk Hà", BEFORE_REFORM, 5).getFirst().unit().code()).isEqualTo("23500");
		assertThat(geography.search("Xã Đăk Hà", AFTER_REFORM, 5).getFirst().unit().code()).isEqualTo("23500");
		assertThat(geography.search("Ia H'Drai", BEFORE_REFORM, 5).getFirst().unit().type()).isEqualTo("Huyện");
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM geography_unit").query(Long.class).single();
	}

	private static String line(AdministrativeUnit u) {
		return String.join(",", u.code(), u.name(), u.type(), u.level().name().toLowerCase(),
				u.parentCode() == null ? "" : u.parentCode());
	}

	private static List<String> lines(String file) throws IOException {
		try (InputStream in = new ClassPathResource("reference/admin/" + file).getInputStream()) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).skip(1)
					.map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}
}
