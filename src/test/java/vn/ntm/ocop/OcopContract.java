package vn.ntm.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The OCOP register of the new Quảng Ngãi (51) in the demo: the office registers products of Bình Sơn (21040) and
 * rates them; the counts on a day follow the ratings in force (a re-rating replaces, a lapsed certificate is expired,
 * not rated); wrong input is refused with the field named and stores nothing; a department and the leader are refused
 * writes, the leader reads. Counts are compared before and after, since the tests share the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
abstract class OcopContract {

	static final String COMMUNE = "21040";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void today() {
		today = LocalDate.now(clock);
	}

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	MockHttpServletResponse send(String user, MockHttpServletRequestBuilder r, String json) throws Exception {
		return mvc.perform(r.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn().getResponse();
	}

	MockHttpServletResponse register(String user, String name, String commune, boolean exported) throws Exception {
		return send(user, post("/api/v1/ocop/products"), "{\"provinceCode\":\"51\",\"name\":\"" + name
				+ "\",\"producer\":\"HTX Nông nghiệp Bình Sơn\",\"communeCode\":\"" + commune
				+ "\",\"group\":\"FOOD\",\"exported\":" + exported + "}");
	}

	long product(String name, boolean exported) throws Exception {
		MockHttpServletResponse r = register("vpdp-qn", name, COMMUNE, exported);
		assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
	}

	MockHttpServletResponse rate(String user, long product, int stars, String number, LocalDate on, String level)
			throws Exception {
		return send(user, post("/api/v1/ocop/products/{id}/ratings", product), "{\"stars\":" + stars
				+ ",\"decisionNumber\":\"" + number + "\",\"decidedOn\":\"" + on + "\""
				+ (level == null ? "" : ",\"level\":\"" + level + "\"") + "}");
	}

	void rated(long product, int stars, String number, LocalDate on) throws Exception {
		MockHttpServletResponse r = rate("vpdp-qn", product, stars, number, on, null);
		assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
	}

	/** Bình Sơn's counts on the day, zero when it has no product yet. */
	Map<String, Integer> commune(LocalDate day) throws Exception {
		String json = mvc.perform(get("/api/v1/ocop/summary").param("province", "51").param("date", day.toString())
			.with(as("lanhdao-qn"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Integer>> found = JsonPath.read(json, "$.communes[?(@.communeCode == '" + COMMUNE + "')].counts");
		return found.isEmpty() ? Map.of("threeStars", 0, "fourStars", 0, "fiveStars", 0, "exported", 0, "expiring", 0,
				"expired", 0) : found.getFirst();
	}

	static int delta(Map<String, Integer> after, Map<String, Integer> before, String key) {
		return after.get(key) - before.get(key);
	}

	long products() {
		return jdbc.sql("SELECT COUNT(*) FROM ocop_product").query(Long.class).single();
	}

	long ratings() {
		return jdbc.sql("SELECT COUNT(*) FROM ocop_rating").query(Long.class).single();
	}

	@Test
	void theCountsOnADayFollowTheRatingsInForce() throws Exception {
		LocalDate past = today.minusMonths(38);
		Map<String, Integer> before = commune(today);
		Map<String, Integer> beforePast = commune(past);
		long exported = product("Nước mắm Sa Huỳnh", true);
		rated(exported, 3, "OCOP-1/QĐ-UBND", today.minusDays(100));
		long expiring = product("Tỏi Lý Sơn", false);
		rated(expiring, 4, "OCOP-2/QĐ-UBND", today.minusMonths(36).plusDays(30));
		long lapsed = product("Mạch nha Thi Phổ", false);
		rated(lapsed, 3, "OCOP-3/QĐ-UBND", today.minusMonths(40));
		long rerated = product("Đường phổi Bình Sơn", false);
		rated(rerated, 3, "OCOP-4/QĐ-UBND", today.minusMonths(40));
		rated(rerated, 4, "OCOP-5/QĐ-UBND", today.minusDays(10));
		long five = product("Sâm Ngọc Linh", true);
		MockHttpServletResponse central = rate("vpdp-qn", five, 5, "OCOP-6/QĐ-BNN", today.minusDays(10), "CENTRAL");
		assertThat(central.getStatus()).isEqualTo(201);
		assertThat((String) JsonPath.read(central.getContentAsString(), "$.expiresOn"))
			.isEqualTo(today.minusDays(10).plusMonths(36).toString());

		Map<String, Integer> after = commune(today);
		assertThat(delta(after, before, "threeStars")).isEqualTo(1);
		assertThat(delta(after, before, "fourStars")).isEqualTo(2);
		assertThat(delta(after, before, "fiveStars")).isEqualTo(1);
		assertThat(delta(after, before, "exported")).isEqualTo(2);
		assertThat(delta(after, before, "expiring")).isEqualTo(1);
		assertThat(delta(after, before, "expired")).isEqualTo(1);
		Map<String, Integer> afterPast = commune(past);
		assertThat(delta(afterPast, beforePast, "threeStars")).isEqualTo(2);
		assertThat(delta(afterPast, beforePast, "fourStars")).isZero();
		assertThat(delta(afterPast, beforePast, "expired")).isZero();

		String list = mvc.perform(get("/api/v1/ocop/products").param("province", "51").with(as("lanhdao-qn")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(list, "$[?(@.id == " + lapsed + ")].standing")).containsExactly("EXPIRED");
		assertThat((List<Integer>) JsonPath.read(list, "$[?(@.id == " + rerated + ")].current.stars")).containsExactly(4);
		assertThat((List<Integer>) JsonPath.read(list, "$[?(@.id == " + rerated + ")].ratings.length()"))
			.containsExactly(2);
	}

	@Test
	void wrongInputIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
		long product = product("Bánh tráng Bình Sơn", false);
		rated(product, 3, "OCOP-7/QĐ-UBND", today.minusMonths(2));
		long products = products();
		long ratings = ratings();
		MockHttpServletResponse stranger = register("vpdp-qn", "Chè Hà Nội", "00001", false);
		assertThat(stranger.getStatus()).isEqualTo(422);
		assertThat((List<String>) JsonPath.read(stranger.getContentAsString(), "$.keys"))
			.containsExactly("ocop.problem.commune-unknown");
		MockHttpServletResponse empty = send("vpdp-qn", post("/api/v1/ocop/products"), "{\"provinceCode\":\"51\"}");
		assertThat((List<String>) JsonPath.read(empty.getContentAsString(), "$.keys")).containsExactly(
				"ocop.problem.name", "ocop.problem.producer", "ocop.problem.commune", "ocop.problem.group");
		assertThat(keys(rate("vpdp-qn", product, 6, "OCOP-8/QĐ-UBND", today, null)))
			.containsExactly("ocop.problem.stars-range");
		assertThat(keys(rate("vpdp-qn", product, 4, "OCOP-9/QĐ-UBND", today.plusDays(1), null)))
			.containsExactly("ocop.problem.decided-on-future");
		assertThat(keys(rate("vpdp-qn", product, 4, "OCOP-7/QĐ-UBND", today, null)))
			.containsExactly("ocop.problem.decision-number-taken");
		MockHttpServletResponse five = rate("vpdp-qn", product, 5, "OCOP-10/QĐ-UBND", today, "PROVINCE");
		assertThat(keys(five)).containsExactly("ocop.problem.level-five");
		assertThat(JsonPath.<List<String>>read(five.getContentAsString(StandardCharsets.UTF_8), "$.errors").getFirst())
			.contains("5");
		assertThat(products()).isEqualTo(products);
		assertThat(ratings()).isEqualTo(ratings);
	}

	@Test
	void aRatingAgainstAStaleVersionIsRefusedAsAConflict() throws Exception {
		long product = product("Mật ong Bình Sơn", false);
		MockHttpServletResponse first = send("vpdp-qn", post("/api/v1/ocop/products/{id}/ratings", product),
				"{\"stars\":3,\"decisionNumber\":\"OCOP-14/QĐ-UBND\",\"decidedOn\":\"" + today.minusDays(3)
						+ "\",\"expectedVersion\":0}");
		assertThat(first.getStatus()).isEqualTo(201);
		long ratings = ratings();
		MockHttpServletResponse stale = send("vpdp-qn", post("/api/v1/ocop/products/{id}/ratings", product),
				"{\"stars\":4,\"decisionNumber\":\"OCOP-15/QĐ-UBND\",\"decidedOn\":\"" + today.minusDays(1)
						+ "\",\"expectedVersion\":0}");
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(ratings()).isEqualTo(ratings);
		assertThat(rate("vpdp-qn", 999_999, 3, "X-1", today, null).getStatus()).isEqualTo(404);
	}

	static List<String> keys(MockHttpServletResponse r) throws Exception {
		assertThat(r.getStatus()).isEqualTo(422);
		return JsonPath.read(r.getContentAsString(StandardCharsets.UTF_8), "$.keys");
	}

	@Test
	void aDepartmentAndTheLeaderAreRefusedWritesAndTheLeaderReads() throws Exception {
		long product = product("Cá bống sông Trà", false);
		long products = products();
		long ratings = ratings();
		for (String other : new String[] { "so-gtvt", "lanhdao-qn" }) {
			assertThat(register(other, "Khô cá", COMMUNE, false).getStatus()).isEqualTo(403);
			assertThat(rate(other, product, 3, "OCOP-11/QĐ-UBND", today, null).getStatus()).isEqualTo(403);
		}
		assertThat(products()).isEqualTo(products);
		assertThat(ratings()).isEqualTo(ratings);
		assertThat(mvc.perform(get("/api/v1/ocop/products").param("province", "51").with(as("lanhdao-qn")))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		String page = mvc.perform(get("/ocop").param("province", "51").with(as("lanhdao-qn"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"ocop-total\"", "data-export", "Cá bống sông Trà").doesNotContain("product-form");
	}

	@Test
	void theOfficeAddsAProductAndARatingThroughThePageForms() throws Exception {
		String office = mvc.perform(get("/ocop").param("province", "51").with(as("vpdp-qn"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(office).contains("id=\"product-form\"");
		MockHttpServletResponse added = mvc.perform(post("/ocop/products").with(as("vpdp-qn")).with(csrf())
			.param("province", "51").param("name", "Rượu Bàu Đá").param("producer", "Hộ ông Nguyễn Văn A")
			.param("commune", COMMUNE).param("group", "BEVERAGES").param("exported", "true")).andReturn().getResponse();
		assertThat(added.getRedirectedUrl()).isEqualTo("/ocop?province=51");
		long id = jdbc.sql("SELECT id FROM ocop_product WHERE name = 'Rượu Bàu Đá'").query(Long.class).single();
		MockHttpServletResponse rated = mvc.perform(post("/ocop/products/{id}/ratings", id).with(as("vpdp-qn"))
			.with(csrf()).param("stars", "3").param("decisionNumber", "OCOP-12/QĐ-UBND")
			.param("decidedOn", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.minusDays(5)))).andReturn().getResponse();
		assertThat(rated.getRedirectedUrl()).isEqualTo("/ocop?province=51");
		long ratings = ratings();
		String refused = mvc.perform(post("/ocop/products/{id}/ratings", id).with(as("vpdp-qn")).with(csrf())
			.param("stars", "5").param("decisionNumber", "OCOP-13/QĐ-UBND").param("decidedOn", today.minusDays(4).toString())
			.param("level", "PROVINCE")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"problems\"");
		assertThat(ratings()).isEqualTo(ratings);
	}
}
