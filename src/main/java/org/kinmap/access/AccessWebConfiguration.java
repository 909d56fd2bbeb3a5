package org.kinmap.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the check and audit of reads of a child's record. */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	private final ChildRecordInterceptor childRecords;

	AccessWebConfiguration(ChildRecordInterceptor childRecords) {
		this.childRecords = childRecords;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(childRecords).addPathPatterns("/api/**");
	}
}
