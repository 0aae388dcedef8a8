package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The documentation page is as public as the OpenAPI document it shows. */
class ApiDocumentationTests extends IdentityTestSupport {

	@Test
	void anAnonymousVisitorFollowsApiDocsToAnHtmlPage() throws Exception {
		String url = "/api/v1/docs";
		MvcResult result = mvc.perform(get(url)).andReturn();
		for (int hops = 0; hops < 5 && result.getResponse().getStatus() / 100 == 3; hops++) {
			URI next = URI.create(url).resolve(result.getResponse().getRedirectedUrl());
			url = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
			result = mvc.perform(get(url)).andReturn();
		}
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).as(url).startsWith("text/html");
		assertThat(result.getResponse().getContentAsString()).contains("swagger");
	}
}
