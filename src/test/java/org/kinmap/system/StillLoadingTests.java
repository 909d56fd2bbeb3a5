package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StillLoadingTests {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void readsAnswer503WithAProblemAndRetryAfterUntilReady() throws Exception {
		StillLoading loading = new StillLoading(json, true);
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThat(loading.preHandle(new MockHttpServletRequest("GET", "/api/children"), response, new Object())).isFalse();

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(StillLoading.RETRY_AFTER_SECONDS));
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString());
		assertThat(problem.get("title").asText()).isEqualTo("The sample authority is still loading");
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("instance").asText()).isEqualTo("/api/children");

		loading.onApplicationEvent(ready());
		MockHttpServletResponse after = new MockHttpServletResponse();
		assertThat(loading.preHandle(new MockHttpServletRequest("GET", "/api/children"), after, new Object())).isTrue();
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getContentAsString()).isEmpty();
	}

	@Test
	void writesAreNotHeldBack() throws Exception {
		StillLoading loading = new StillLoading(json, true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(loading.preHandle(new MockHttpServletRequest("POST", "/api/networks"), response, new Object())).isTrue();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void withoutTheSampleAuthorityItSaysKinmapIsStarting() throws Exception {
		StillLoading loading = new StillLoading(json, false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(loading.preHandle(new MockHttpServletRequest("GET", "/api/carers"), response, new Object())).isFalse();
		assertThat(json.readTree(response.getContentAsString()).get("title").asText()).isEqualTo("kinmap is still starting");
	}

	private static ApplicationReadyEvent ready() {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, null);
	}
}
