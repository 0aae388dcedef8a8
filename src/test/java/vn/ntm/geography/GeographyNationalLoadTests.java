package vn.ntm.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "ntm.geography.load-national=true")
@ActiveProfiles("test")
class GeographyNationalLoadTests {

	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 3, 1);

	@Autowired Geography geography;

	@Test
	void theWholeCountryBeforeTheReformHas63Provinces696DistrictsAnd10046Communes() {
		assertThat(geography.units(null, UnitLevel.PROVINCE, BEFORE_REFORM)).hasSize(63);
		assertThat(geography.units(null, UnitLevel.DISTRICT, BEFORE_REFORM)).hasSize(696);
		assertThat(geography.units(null, UnitLevel.COMMUNE, BEFORE_REFORM)).hasSize(10046);
	}

	@Test
	void theWholeCountryAfterTheReformHas34ProvincesAnd3321CommunesAndNoDistrict() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		assertThat(geography.units(null, UnitLevel.PROVINCE, today)).hasSize(34);
		assertThat(geography.units(null, UnitLevel.COMMUNE, today)).hasSize(3321);
		assertThat(geography.units(null, UnitLevel.DISTRICT, today)).isEmpty();
		assertThat(geography.successors("77")).extracting(UnitLineage::newCode).containsExactly("79");
	}

	@Test
	void otherProvincesEndTheDayBeforeTheReformAndTakeTheirRegion() {
		AdministrativeUnit hanoi = geography.find("01", BEFORE_REFORM).orElseThrow();
		assertThat(hanoi.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(hanoi.region()).isEqualTo(Region.DBSH);
		assertThat(geography.find("51", BEFORE_REFORM).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(geography.find("51", LocalDate.of(2025, 7, 1)).orElseThrow().validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
	}
}
