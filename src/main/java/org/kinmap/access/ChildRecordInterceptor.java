package org.kinmap.access;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Checks and audits the reads of handler methods marked {@link ChildRecord} before they run. */
@Component
class ChildRecordInterceptor implements HandlerInterceptor {

	private final RecordAccess access;

	ChildRecordInterceptor(RecordAccess access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			ChildRecord record = method.getMethodAnnotation(ChildRecord.class);
			if (record != null) {
				@SuppressWarnings("unchecked")
				Map<String, String> variables = (Map<String, String>) request
					.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
				String id = variables == null ? null : variables.get(record.id());
				if (id != null) {
					access.checkRead(List.of(id), record.value());
				}
			}
		}
		return true;
	}
}
