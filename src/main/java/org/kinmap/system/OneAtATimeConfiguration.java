package org.kinmap.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link OneAtATimeInterceptor} for the API. */
@Configuration(proxyBeanMethods = false)
class OneAtATimeConfiguration implements WebMvcConfigurer {

	private final OneAtATimeInterceptor interceptor;

	OneAtATimeConfiguration(OneAtATimeInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(interceptor).addPathPatterns("/api/**");
	}
}
