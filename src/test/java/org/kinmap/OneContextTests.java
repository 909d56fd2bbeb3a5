package org.kinmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ReflectionUtils;

/**
 * Every integration test class shares the one Spring context, so the database starts once per run: each class with
 * {@link KinmapIntegrationTest} has the same context cache key (Spring's {@link MergedContextConfiguration}: the
 * properties, initializers, imports and mocked beans) as the others, and none discards the context
 * ({@link DirtiesContext}). Read from the annotations, without starting anything.
 */
class OneContextTests {

	static {
		// Without a Spring Boot application the bootstrapper logs a few lines per class at INFO: keep the run quiet.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.springframework"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
	}

	private static List<Class<?>> found;

	static synchronized List<Class<?>> integrationTests() throws ClassNotFoundException {
		if (found == null) {
			found = scan();
		}
		return found;
	}

	private static List<Class<?>> scan() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}
		};
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*IT")));
		List<Class<?>> classes = new ArrayList<>();
		for (BeanDefinition found : scanner.findCandidateComponents("org.kinmap")) {
			Class<?> c = Class.forName(found.getBeanClassName(), false, OneContextTests.class.getClassLoader());
			if (MergedAnnotations.from(c, SearchStrategy.TYPE_HIERARCHY).isPresent(KinmapIntegrationTest.class)) {
				classes.add(c);
			}
		}
		classes.sort(java.util.Comparator.comparing(Class::getName));
		return classes;
	}

	static MergedContextConfiguration cacheKey(Class<?> testClass) {
		return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
	}

	@Test
	void everyIntegrationTestClassHasTheSameContextCacheKey() throws Exception {
		List<Class<?>> classes = integrationTests();
		assertThat(classes).as("the integration test classes found").hasSizeGreaterThan(10);
		MergedContextConfiguration first = cacheKey(classes.get(0));
		Map<String, String> different = new LinkedHashMap<>();
		for (Class<?> c : classes) {
			MergedContextConfiguration key = cacheKey(c);
			if (!key.equals(first)) {
				different.put(c.getName(), key.toString());
			}
		}
		assertThat(different).as("classes whose context differs from %s's:\n%s", classes.get(0).getName(), first)
			.isEmpty();
	}

	@Test
	void noIntegrationTestDiscardsTheContext() throws Exception {
		List<String> dirtying = new ArrayList<>();
		for (Class<?> c : integrationTests()) {
			boolean onClass = MergedAnnotations.from(c, SearchStrategy.TYPE_HIERARCHY).isPresent(DirtiesContext.class);
			boolean[] onMethod = { false };
			ReflectionUtils.doWithMethods(c, m -> onMethod[0] |= MergedAnnotations.from(m).isPresent(DirtiesContext.class));
			if (onClass || onMethod[0]) {
				dirtying.add(c.getName());
			}
		}
		assertThat(dirtying).as("classes that discard the context (DirtiesContext)").isEmpty();
	}

	@Test
	void theStoreDirectoryIsDrawnOnceNotByAPlaceholder() throws Exception {
		// ${random.uuid} would be drawn anew on every read of the property: the database and the properties bean
		// would name two directories. IntegrationTestStore draws it once per context.
		MergedContextConfiguration key = cacheKey(integrationTests().get(0));
		assertThat(key.getPropertySourceProperties()).noneMatch(p -> p.contains("${random."));
		assertThat(key.getContextInitializerClasses()).contains(IntegrationTestStore.class);
	}
}
