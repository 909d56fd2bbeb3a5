package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class OneAtATimeInterceptorTests {

	static class Handlers {
		@OneAtATime("an import")
		void heavy() {
		}

		void light() {
		}
	}

	final OneAtATimeInterceptor interceptor = new OneAtATimeInterceptor();
	final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aPersonRunsOneHeavyOperationAtATimeOthersAreNotHeldUp() throws Exception {
		HandlerMethod heavy = new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod("heavy"));
		MockHttpServletRequest first = request("fay.admin");
		assertThat(interceptor.preHandle(first, response, heavy)).isTrue();
		assertThatThrownBy(() -> interceptor.preHandle(request("fay.admin"), response, heavy))
			.isInstanceOf(OneAtATimeInterceptor.TooManyRequestsException.class)
			.hasMessageContaining("You already have an import running");
		assertThat(interceptor.preHandle(request("other.admin"), response, heavy)).as("another person").isTrue();
		interceptor.afterCompletion(first, response, heavy, null);
		assertThat(interceptor.preHandle(request("fay.admin"), response, heavy)).as("after the first finished").isTrue();
	}

	@Test
	void otherOperationsAreNotLimited() throws Exception {
		HandlerMethod light = new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod("light"));
		for (int i = 0; i < 3; i++) {
			assertThat(interceptor.preHandle(request("fay.admin"), response, light)).isTrue();
		}
	}

	private static MockHttpServletRequest request(String user) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/networks");
		request.setRemoteUser(user);
		return request;
	}
}
