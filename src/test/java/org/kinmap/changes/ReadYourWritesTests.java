package org.kinmap.changes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** How the sequence a caller has seen travels: the request header, the session, the write's answer, the thread. */
class ReadYourWritesTests {

	@AfterEach
	void forget() {
		ReadYourWrites.forget();
	}

	@Test
	void aRequestMustReflectTheHigherOfItsHeaderAndItsSessionAndAWriteRaisesBothAndAnswersIt() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.getSession(true).setAttribute(ReadYourWrites.SESSION_ATTRIBUTE, 7L);
		request.addHeader(ReadYourWrites.HEADER, "5");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ReadYourWrites.begin(request, response);
		assertThat(ReadYourWrites.required(this)).isEqualTo(7);

		ReadYourWrites.wrote(this, 12);
		assertThat(response.getHeader(ReadYourWrites.HEADER)).isEqualTo("12");
		assertThat(request.getSession().getAttribute(ReadYourWrites.SESSION_ATTRIBUTE)).isEqualTo(12L);
		assertThat(ReadYourWrites.required(new Object())).as("within the request, whatever the source").isEqualTo(12);

		ReadYourWrites.end();
		assertThat(ReadYourWrites.required(this)).as("the thread goes back to its pool carrying nothing").isZero();
	}

	@Test
	void anythingButAWholeNumberInTheHeaderIsIgnored() {
		assertThat(ReadYourWrites.parse("42")).isEqualTo(42);
		assertThat(ReadYourWrites.parse(" 42 ")).isEqualTo(42);
		assertThat(ReadYourWrites.parse("-3")).isZero();
		assertThat(ReadYourWrites.parse("4e2")).isZero();
		assertThat(ReadYourWrites.parse("99999999999999999999999")).isZero();
		assertThat(ReadYourWrites.parse(null)).isZero();
	}

	@Test
	void outsideARequestAThreadsWritesCountOnlyForTheDatabaseThatNumberedThem() {
		Object one = new Object();
		Object other = new Object();
		ReadYourWrites.wrote(one, 30);
		assertThat(ReadYourWrites.required(one)).isEqualTo(30);
		assertThat(ReadYourWrites.required(other)).as("another application's database").isZero();
		ReadYourWrites.seen(4);
		assertThat(ReadYourWrites.required(other)).isEqualTo(4);
		ReadYourWrites.forget();
		assertThat(ReadYourWrites.required(one)).isZero();
	}
}
