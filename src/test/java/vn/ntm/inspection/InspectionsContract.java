package vn.ntm.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.organization.Organizations;

/**
 * An inspection of the demo's Quảng Ngãi in the current year: the office plans a visit to Đăk Mar by Sở Xây dựng
 * and Sở Y tế; only their officers record findings (one flags a reported value, which stays as it was); the
 * recommendation becomes Sở Xây dựng's task; the finding closes only once that task is done, on time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
abstract class InspectionsContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long construction;
	long health;
	LocalDate today;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	@BeforeEach
	void organizations() {
		construction = organizations.findByShortCode("51", "so-xd").orElseThrow().id();
		health = organizations.findByShortCode("51", "so-yte").orElseThrow().id();
		today = LocalDate.now(clock);
	}

	MockHttpServletResponse send(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r,
			String json) throws Exception {
		return mvc.perform(r.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn().getResponse();
	}

	long visit() throws Exception {
		MockHttpServletResponse plan = send("vpdp-qn", post("/api/v1/inspections"), "{\"provinceCode\":\"51\",\"year\":"
				+ today.getYear() + ",\"title\":\"Kiểm tra giữ chuẩn NTM năm " + today.getYear()
				+ "\",\"documentNumber\":\"05/KH-BCĐ\",\"documentDate\":\"" + today.withDayOfYear(1) + "\"}");
		assertThat(plan.getStatus()).isEqualTo(201);
		int planId = JsonPath.read(plan.getContentAsString(), "$.id");
		MockHttpServletResponse visit = send("vpdp-qn", post("/api/v1/inspections/{p}/visits", planId),
				"{\"kind\":\"PERIODIC\",\"unitCode\":\"23512\",\"topics\":\"Tiêu chí 17\",\"plannedOn\":\"" + today
						+ "\",\"leadOrgId\":" + construction + ",\"teamOrgIds\":[" + health + "]}");
		assertThat(visit.getStatus()).isEqualTo(201);
		return ((Number) JsonPath.read(visit.getContentAsString(), "$.id")).longValue();
	}

	@Test
	void aVisitOutsideTheProvinceOrTheYearIsRefusedWithTheFieldsNamed() throws Exception {
		MockHttpServletResponse plan = send("vpdp-qn", post("/api/v1/inspections"),
				"{\"provinceCode\":\"51\",\"year\":" + today.getYear() + ",\"title\":\"Kiểm tra đột xuất\"}");
		int planId = JsonPath.read(plan.getContentAsString(), "$.id");
		MockHttpServletResponse bad = send("vpdp-qn", post("/api/v1/inspections/{p}/visits", planId),
				"{\"kind\":\"UNANNOUNCED\",\"unitCode\":\"18073\",\"plannedOn\":\"" + today.minusYears(1) + "\"}");
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Mã đơn vị").contains("18073")
			.contains("Ngày dự kiến").contains("Đơn vị chủ trì đoàn");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection_visit WHERE plan_id = ?").param(planId).query(Long.class)
			.single()).isZero();
		assertThat(send("so-gtvt", post("/api/v1/inspections"), "{\"provinceCode\":\"51\",\"year\":2026,\"title\":\"x\"}")
			.getStatus()).isEqualTo(403);
	}

	@Test
	void fromPlanToVisitToFindingToTaskToClosure() throws Exception {
		long visit = visit();
		long values = jdbc.sql("SELECT COUNT(*) FROM assessment_value").query(Long.class).single();
		String finding = "{\"criterion\":8,\"indicatorCode\":\"8.1\",\"text\":\"Nước thải sinh hoạt chưa được thu gom\","
				+ "\"reportedValue\":\"95\",\"valueHolds\":false,\"evidenceName\":\"anh-hien-truong.jpg\","
				+ "\"evidenceType\":\"text/html\",\"evidence\":\"aGVsbG8=\"}";
		// the office and the leader are not in the team
		assertThat(send("vpdp-qn", post("/api/v1/inspections/visits/{v}/findings", visit), finding).getStatus())
			.isEqualTo(403);
		assertThat(send("lanhdao-qn", post("/api/v1/inspections/visits/{v}/findings", visit), finding).getStatus())
			.isEqualTo(403);
		// Sở Y tế of Kon Tum answers for Sở Y tế of Quảng Ngãi, a member of the team
		MockHttpServletResponse recorded = send("so-yte", post("/api/v1/inspections/visits/{v}/findings", visit), finding);
		assertThat(recorded.getStatus()).isEqualTo(201);
		int findingId = JsonPath.read(recorded.getContentAsString(), "$.id");
		assertThat(JsonPath.<Boolean>read(recorded.getContentAsString(), "$.valueHolds")).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_value").query(Long.class).single()).isEqualTo(values);
		// the evidence is a download whatever type the uploader claimed, for readers of the province only
		MockHttpServletResponse file = mvc.perform(get("/inspections/findings/{f}/evidence", findingId).with(as("lanhdao-qn")))
			.andReturn().getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/octet-stream");
		assertThat(file.getContentAsString()).isEqualTo("hello");
		assertThat(mvc.perform(get("/inspections/findings/{f}/evidence", findingId).with(as("huyen-dakha"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);

		MockHttpServletResponse task = send("so-gtvt", post("/api/v1/inspections/findings/{f}/recommendations", findingId),
				"{\"text\":\"Lắp đặt hệ thống thu gom nước thải\",\"ownerOrgId\":" + construction + ",\"deadline\":\""
						+ today.plusDays(30) + "\"}");
		assertThat(task.getStatus()).isEqualTo(201);
		int taskId = JsonPath.read(task.getContentAsString(), "$.id");
		assertThat(JsonPath.<String>read(task.getContentAsString(), "$.directive.number")).isEqualTo("05/KH-BCĐ");

		MockHttpServletResponse early = send("so-yte", post("/api/v1/inspections/findings/{f}/close", findingId),
				"{\"version\":0}");
		assertThat(early.getStatus()).isEqualTo(422);
		assertThat(early.getContentAsString(StandardCharsets.UTF_8)).contains("Lắp đặt hệ thống thu gom nước thải");

		assertThat(send("so-gtvt", put("/api/v1/tasks/{t}", taskId),
				"{\"status\":\"DONE\",\"evidence\":\"Biên bản nghiệm thu 14/BB\",\"version\":0}").getStatus()).isEqualTo(200);
		MockHttpServletResponse closed = send("so-yte", post("/api/v1/inspections/findings/{f}/close", findingId),
				"{\"version\":0}");
		assertThat(closed.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(closed.getContentAsString(), "$.closedOn")).isEqualTo(today.toString());

		String standing = mvc.perform(get("/api/v1/inspections/standing").param("province", "51")
			.param("year", String.valueOf(today.getYear())).with(as("lanhdao-qn"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<Integer>read(standing, "$.closed")).isGreaterThanOrEqualTo(1);
		assertThat(JsonPath.<Integer>read(standing, "$.closedOnTime")).isEqualTo(JsonPath.<Integer>read(standing, "$.closed"));
		String page = mvc.perform(get("/inspections/visits/{v}", visit).with(as("so-yte"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"finding-" + findingId + "\"").contains("không khớp với thực tế")
			.contains("Đã đóng ngày");
	}
}
