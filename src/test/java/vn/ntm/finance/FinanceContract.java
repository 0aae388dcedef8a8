package vn.ntm.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Funds of the new Quảng Ngãi (51) in the demo: the office allocates to Đăk Mar (23512) and disburses; a wrong
 * allocation or disbursement is refused with the fields named and stores nothing; a department and the leader are
 * refused writes, the leader reads. Each test keeps to its own past year so the figures do not mix.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
abstract class FinanceContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	MockHttpServletResponse send(String user, MockHttpServletRequestBuilder r, String json) throws Exception {
		return mvc.perform(r.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn().getResponse();
	}

	long allocate(int year, String source, String unit, String amount, String project) throws Exception {
		MockHttpServletResponse r = send("vpdp-qn", post("/api/v1/finance/allocations"), "{\"provinceCode\":\"51\","
				+ "\"year\":" + year + ",\"source\":\"" + source + "\",\"unitCode\":\"" + unit + "\",\"amount\":" + amount
				+ (project == null ? "" : ",\"project\":" + project) + "}");
		assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
	}

	MockHttpServletResponse disburse(String user, long allocation, String amount, String day) throws Exception {
		return send(user, post("/api/v1/finance/allocations/{id}/disbursements", allocation),
				"{\"amount\":" + amount + ",\"paidOn\":\"" + day + "\",\"documentNumber\":\"UNC-" + day + "\"}");
	}

	String summary(int year) throws Exception {
		return mvc.perform(get("/api/v1/finance/summary").param("province", "51").param("year", String.valueOf(year))
			.with(as("lanhdao-qn"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static Object first(String json, String path) {
		java.util.List<Object> found = JsonPath.read(json, path);
		assertThat(found).as(path).hasSize(1);
		return found.getFirst();
	}

	long allocations() {
		return jdbc.sql("SELECT COUNT(*) FROM finance_allocation").query(Long.class).single();
	}

	long disbursements() {
		return jdbc.sql("SELECT COUNT(*) FROM finance_disbursement").query(Long.class).single();
	}

	@Test
	void theOfficeAllocatesAndAWrongAllocationIsRefusedWholeWithTheFieldsNamed() throws Exception {
		long id = allocate(2021, "CENTRAL_INVESTMENT", "23512", "1234567000", "{\"name\":\"Đường trục xã Đăk Mar\","
				+ "\"unitCode\":\"23512\",\"criterion\":2,\"totalInvestment\":2500000000,\"startsOn\":\"2021-03-01\","
				+ "\"endsOn\":\"2022-06-30\"}");
		String list = mvc.perform(get("/api/v1/finance/allocations").param("province", "51").param("year", "2021")
			.with(as("lanhdao-qn"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(first(list, "$[?(@.id == " + id + ")].amount")).isEqualTo(1234567000);
		assertThat(first(list, "$[?(@.id == " + id + ")].project.name")).isEqualTo("Đường trục xã Đăk Mar");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'finance-allocation'"
				+ " AND entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		long before = allocations();
		for (String bad : new String[] { "\"unitCode\":\"18073\",\"amount\":-5", "\"unitCode\":\"23512\",\"amount\":12.5" }) {
			MockHttpServletResponse r = send("vpdp-qn", post("/api/v1/finance/allocations"),
					"{\"provinceCode\":\"51\",\"year\":2021,\"source\":\"PROVINCIAL\"," + bad + "}");
			assertThat(r.getStatus()).isEqualTo(422);
			assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Số tiền");
		}
		MockHttpServletResponse outside = send("vpdp-qn", post("/api/v1/finance/allocations"),
				"{\"provinceCode\":\"51\",\"year\":2021,\"source\":\"PROVINCIAL\",\"unitCode\":\"18073\",\"amount\":-5}");
		assertThat(outside.getContentAsString(StandardCharsets.UTF_8)).contains("Mã đơn vị: 18073").contains("-5");
		assertThat(allocations()).isEqualTo(before);
		// a department and the leader do not allocate
		for (String stranger : new String[] { "so-gtvt", "lanhdao-qn" }) {
			assertThat(send(stranger, post("/api/v1/finance/allocations"), "{\"provinceCode\":\"51\",\"year\":2021,"
					+ "\"source\":\"PROVINCIAL\",\"unitCode\":\"23512\",\"amount\":1000}").getStatus()).isEqualTo(403);
		}
		assertThat(allocations()).isEqualTo(before);
	}

	@Test
	void disbursementsRaiseTheRateTheLaggingComeFirstAndTheLocalShareShortfallShows() throws Exception {
		long central = allocate(2022, "CENTRAL_INVESTMENT", "23512", "1000000000", null);
		long provincial = allocate(2022, "PROVINCIAL", "23512", "200000000", null);
		assertThat(disburse("vpdp-qn", central, "250000000", "2022-03-10").getStatus()).isEqualTo(201);
		assertThat(disburse("vpdp-qn", central, "250000000", "2022-07-01").getStatus()).isEqualTo(201);
		assertThat(disburse("vpdp-qn", provincial, "200000000", "2022-04-15").getStatus()).isEqualTo(201);
		long before = disbursements();
		MockHttpServletResponse over = disburse("vpdp-qn", central, "500000001", "2022-08-01");
		assertThat(over.getStatus()).isEqualTo(422);
		assertThat(over.getContentAsString(StandardCharsets.UTF_8)).contains("Số tiền giải ngân").contains("500000001");
		MockHttpServletResponse early = disburse("vpdp-qn", central, "-1", "2021-12-31");
		assertThat(early.getContentAsString(StandardCharsets.UTF_8)).contains("Ngày giải ngân: 2021-12-31")
			.contains("Số tiền giải ngân: -1");
		assertThat(disburse("so-gtvt", central, "1000", "2022-08-01").getStatus()).isEqualTo(403);
		assertThat(disburse("lanhdao-qn", central, "1000", "2022-08-01").getStatus()).isEqualTo(403);
		// a stale version is a conflict, nothing stored
		assertThat(send("vpdp-qn", post("/api/v1/finance/allocations/{id}/disbursements", central),
				"{\"amount\":1000,\"paidOn\":\"2022-08-01\",\"documentNumber\":\"UNC-1\",\"expectedVersion\":0}")
			.getStatus()).isEqualTo(409);
		assertThat(disbursements()).isEqualTo(before);
		String s = summary(2022);
		// the lagging first (earlier years' leftovers of the other tests may come before both)
		java.util.List<Integer> order = JsonPath.read(s, "$.rows[*].allocation.id");
		assertThat(order.indexOf((int) central)).isNotNegative().isLessThan(order.indexOf((int) provincial));
		assertThat(first(s, "$.rows[?(@.allocation.id == " + central + ")].rate")).isEqualTo(50.0);
		assertThat(first(s, "$.rows[?(@.allocation.id == " + provincial + ")].rate")).isEqualTo(100.0);
		assertThat(first(s, "$.rows[?(@.allocation.id == " + central + ")].counterpartShortfall"))
			.isEqualTo(300000000);
		assertThat(first(s, "$.bySource[?(@.source == 'CENTRAL_INVESTMENT')].disbursed")).isEqualTo(500000000);
		assertThat(JsonPath.<Integer>read(s, "$.months[2]")).isEqualTo(250000000);
		String page = mvc.perform(get("/finance").param("province", "51").param("year", "2022").with(as("lanhdao-qn")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"allocation-" + central + "\"").contains("đối ứng thiếu 300.000.000 đ")
			.contains("1.000.000.000 đ").contains("1,2 tỷ đồng").contains("data-export").doesNotContain("allocation-form");
		String office = mvc.perform(get("/finance").param("province", "51").param("year", "2022").with(as("vpdp-qn")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(office).contains("id=\"allocation-form\"").contains("disburse-form");
	}

	@Test
	void whatIsLeftOfAYearIsCarriedIntoTheNextAndDisbursedThere() throws Exception {
		long id = allocate(2019, "DISTRICT_COMMUNE", "51", "800000000", null);
		assertThat(disburse("vpdp-qn", id, "300000000", "2019-05-20").getStatus()).isEqualTo(201);
		assertThat(disburse("vpdp-qn", id, "100000000", "2020-02-10").getStatus()).isEqualTo(201);
		assertThat(first(summary(2019), "$.rows[?(@.allocation.id == " + id + ")].rate"))
			.isEqualTo(37.5);
		String next = summary(2020);
		String row = "$.rows[?(@.allocation.id == " + id + ")]";
		assertThat(first(next, row + ".carried")).isEqualTo(true);
		assertThat(first(next, row + ".plan")).isEqualTo(500000000);
		assertThat(first(next, row + ".disbursed")).isEqualTo(100000000);
		assertThat(first(next, row + ".rate")).isEqualTo(20.0);
		assertThat(((Number) JsonPath.read(next, "$.carried")).longValue()).isEqualTo(500_000_000L);
		// disbursing what remains through the page: the next year carries nothing more
		MockHttpServletResponse form = mvc.perform(post("/finance/allocations/{id}/disbursements", id).with(as("vpdp-qn"))
			.with(csrf()).param("amount", "400.000.000 đ").param("paidOn", "15/06/2020").param("documentNumber", "UNC-9")
			.param("year", "2020")).andReturn().getResponse();
		assertThat(form.getRedirectedUrl()).isEqualTo("/finance?province=51&year=2020");
		assertThat(JsonPath.<java.util.List<Object>>read(summary(2021), row)).isEmpty();
		String page = mvc.perform(get("/finance").param("province", "51").param("year", "2020").with(as("vpdp-qn")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("chuyển từ 2019").contains("500.000.000 đ");
	}
}
