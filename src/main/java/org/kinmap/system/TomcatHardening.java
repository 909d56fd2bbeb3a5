package org.kinmap.system;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's part in answering every request with JSON: an encoded slash ({@code %2F}) in a path is passed on to
 * kinmap, whose routes read it as part of an id (and say the id is not found), rather than refused with Tomcat's
 * HTML page; and what Tomcat still refuses itself is reported by {@link ProblemReportValve}. Runs after Spring
 * Boot's own customizers, so that its error report valve is the inner one and speaks first.
 */
@ConditionalOnWebApplication
@Component
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
			context.getParent().getPipeline().addValve(new ProblemReportValve());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
