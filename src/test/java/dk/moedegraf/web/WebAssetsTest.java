package dk.moedegraf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.moedegraf.GraphTest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The explorer's pages and assets over HTTP: served from the jar, cached as they can bear, CORS only when configured. */
class WebAssetsTest extends GraphTest {

	@LocalServerPort
	int port;

	private RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	@Test
	void the_explorer_is_served_at_the_root_and_loads_nothing_from_another_host() {
		String html = client().get().uri("/").exchange().expectStatus().isOk()
				.expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("explorer/app.js").doesNotContain("src=\"http").doesNotContain("href=\"http");
		String graphiql = client().get().uri("/graphiql").exchange().expectStatus().isOk()
				.expectBody(String.class).returnResult().getResponseBody();
		assertThat(graphiql).contains("webjars/graphiql/2.4.7/graphiql.min.js").doesNotContain("esm.sh")
				.doesNotContain("src=\"http");
		client().get().uri("/webjars/graphiql/2.4.7/graphiql.min.js").exchange().expectStatus().isOk();
		client().get().uri("/webjars/react-dom/18.2.0/umd/react-dom.production.min.js").exchange().expectStatus().isOk();
	}

	@Test
	void library_assets_are_cached_for_a_year_and_the_explorers_own_files_are_revalidated() {
		client().get().uri("/webjars/vis-network/9.1.2/standalone/umd/vis-network.min.js").exchange()
				.expectStatus().isOk()
				.expectHeader().value(HttpHeaders.CACHE_CONTROL, v -> assertThat(v).contains("max-age=31536000").contains("immutable"));
		String lastModified = client().get().uri("/explorer/app.js").exchange().expectStatus().isOk()
				.expectHeader().value(HttpHeaders.CACHE_CONTROL, v -> assertThat(v).contains("no-cache"))
				.returnResult().getResponseHeaders().getFirst(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotBlank();
		client().get().uri("/explorer/app.js").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange()
				.expectStatus().isNotModified();
	}

	@Test
	void no_origin_is_allowed_to_call_the_api_from_a_browser_by_default() {
		var result = client().method(HttpMethod.OPTIONS).uri("/graphql")
				.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange().returnResult();
		assertThat(result.getResponseHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void a_configured_origin_may_call_the_api_and_others_are_refused() throws Exception {
		var filter = new WebConfiguration().corsFilter(new WebConfiguration.Cors(List.of(" https://app.example ", ""))).getFilter();

		MockHttpServletResponse allowed = preflight(filter, "https://app.example", "/graphql");
		assertThat(allowed.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("https://app.example");
		assertThat(allowed.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("POST");

		MockHttpServletResponse refused = preflight(filter, "https://evil.example", "/graphql");
		assertThat(refused.getStatus()).isEqualTo(HttpServletResponse.SC_FORBIDDEN);
		assertThat(refused.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();

		// Only the API: the explorer's own pages are not opened to other origins.
		assertThat(preflight(filter, "https://app.example", "/explorer/app.js").getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
	}

	private static MockHttpServletResponse preflight(jakarta.servlet.Filter filter, String origin, String path) throws Exception {
		var request = new MockHttpServletRequest("OPTIONS", path);
		request.addHeader(HttpHeaders.ORIGIN, origin);
		request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST");
		request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type");
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}
}
