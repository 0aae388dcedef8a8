package vn.ntm.dashboard.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.ntm.assessment.Assessments;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.Installation;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.VietnamTime;
import vn.ntm.shared.platform.Messages;
import vn.ntm.shared.web.Formats;

/**
 * Where a user's dashboard starts and how a bad request is refused, on the web layer alone (a slice: no database,
 * no demo): no province is assumed when the install configures none.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
		classes = { HomePages.class, OverviewPages.class, MatrixPages.class }))
// the demo profile's default provinces do not apply: this install configures none
@TestPropertySource(properties = "ntm.dashboard.default-provinces=")
@Import({ DashboardScope.class, DashboardPeriods.class, DashboardConfiguration.class, MatrixWorkbook.class,
		Formats.class, Messages.class, DashboardStartTest.FixedClock.class })
class DashboardStartTest {

	static final AdministrativeUnit HA_TINH = new AdministrativeUnit("42", "Tỉnh Hà Tĩnh", "Tỉnh", UnitLevel.PROVINCE,
			null, "/42/", LocalDate.of(2020, 1, 1), null, null, false);
	static final AdministrativeUnit QUANG_NGAI = new AdministrativeUnit("51", "Tỉnh Quảng Ngãi", "Tỉnh",
			UnitLevel.PROVINCE, null, "/51/", LocalDate.of(2020, 1, 1), null, null, false);

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), VietnamTime.ZONE);
		}
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Assessments assessments;

	@MockitoBean
	Geography geography;

	@MockitoBean
	Installation installation;

	@MockitoBean
	Access access;

	@MockitoBean
	CriteriaSets criteriaSets;

	@BeforeEach
	void twoProvinces() {
		when(geography.units(isNull(), eq(UnitLevel.PROVINCE), any())).thenReturn(List.of(HA_TINH, QUANG_NGAI));
		when(geography.findLatest(eq("42"), any())).thenReturn(Optional.of(HA_TINH));
		when(geography.findLatest(eq("51"), any())).thenReturn(Optional.of(QUANG_NGAI));
		when(access.canRead(any())).thenReturn(true);
	}

	@Test
	void aReaderOfSeveralProvincesIsAskedToChooseWhenTheInstallConfiguresNone() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/42/", "/51/"));
		mvc.perform(get("/").with(user("reader"))).andExpect(redirectedUrl("/overview"));
		mvc.perform(get("/overview").with(user("reader")))
			.andExpect(status().isOk())
			.andExpect(view().name(DashboardScope.CHOOSE_VIEW))
			.andExpect(content().string(Matchers.containsString("Tỉnh Hà Tĩnh")))
			.andExpect(content().string(Matchers.containsString("Tỉnh Quảng Ngãi")));
		mvc.perform(get("/matrix").with(user("reader")))
			.andExpect(view().name(DashboardScope.CHOOSE_VIEW));
	}

	@Test
	void aNationalReaderIsAskedToChooseToo() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/"));
		mvc.perform(get("/").with(user("national"))).andExpect(redirectedUrl("/overview"));
	}

	@Test
	void aNationalReaderOfAnInstallServingOneProvinceStartsOnIt() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/"));
		when(installation.servedProvinces()).thenReturn(List.of("42"));
		when(access.canRead(any())).thenReturn(true);
		mvc.perform(get("/").with(user("national"))).andExpect(redirectedUrl("/overview?unit=42"));
	}

	@Test
	void theSystemAdminOfAnInstallServingNoProvinceGoesToTheFirstRunPage() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/"));
		when(access.managesEverything()).thenReturn(true);
		mvc.perform(get("/").with(user("admin"))).andExpect(redirectedUrl("/setup"));
	}

	@Test
	void aUserWhoReadsNothingGoesToTheirRolesPage() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of());
		mvc.perform(get("/").with(user("nobody"))).andExpect(redirectedUrl("/home"));
	}

	@Test
	void aUserOfOneProvinceStartsThere() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/42/"));
		mvc.perform(get("/").with(user("office"))).andExpect(redirectedUrl("/overview?unit=42"));
	}

	@Test
	void aMalformedPeriodIsABadRequest() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/42/"));
		mvc.perform(get("/overview").param("unit", "42").param("period", "2022-13").with(user("office")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/matrix").param("unit", "42").param("period", "x").with(user("office")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownUnitIsNotFound() throws Exception {
		when(access.readablePaths()).thenReturn(Set.of("/42/"));
		when(geography.findLatest(eq("99999"), any())).thenReturn(Optional.empty());
		when(assessments.periodsWithData(anyString())).thenReturn(List.of());
		mvc.perform(get("/overview").param("unit", "99999").param("period", "2022").with(user("office")))
			.andExpect(status().isNotFound());
	}
}
