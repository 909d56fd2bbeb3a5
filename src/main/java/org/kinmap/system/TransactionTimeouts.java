package org.kinmap.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every transaction kinmap starts has a timeout ({@code kinmap.neo4j.transaction-timeout}, 60 s by default), whichever
 * database it talks to. The embedded database stops any transaction after that long itself
 * ({@code db.transaction.timeout}, set by {@link EmbeddedNeo4jStartup}); an external server has its own setting, which
 * may be unlimited, so the driver asks for the timeout on each transaction too:
 * <ul>
 * <li>transactions managed by Spring ({@code @Transactional}, {@code TransactionTemplate}): Spring Data Neo4j's
 * transaction manager passes its default timeout, {@code spring.transaction.default-timeout}, which
 * {@code application.properties} sets to the same property;</li>
 * <li>everything else, in particular {@code Neo4jClient} queries outside a Spring transaction (auto-commit): the
 * {@link Driver} bean is wrapped so that its sessions run every query, and begin every transaction, with the timeout
 * when the caller gives no {@link TransactionConfig} of its own.</li>
 * </ul>
 * Neo4j answers a transaction that runs out of time with {@code Neo.ClientError.Transaction.TransactionTimedOut} (or
 * {@code ...TransactionTimedOutClientConfiguration}) and rolls it back.
 */
@Configuration(proxyBeanMethods = false)
class TransactionTimeouts {

	@Bean
	static BeanPostProcessor neo4jDriverTransactionTimeout(
			@org.springframework.beans.factory.annotation.Value("${kinmap.neo4j.transaction-timeout:60s}") Duration timeout) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof Driver driver && !isWrapped(driver) ? withTimeout(driver, timeout) : bean;
			}
		};
	}

	/** The driver, whose sessions give every transaction the timeout unless their caller configures one. */
	static Driver withTimeout(Driver driver, Duration timeout) {
		if (timeout.isZero() || timeout.isNegative()) {
			throw new IllegalArgumentException("A transaction timeout must be positive, not " + timeout);
		}
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
		return (Driver) Proxy.newProxyInstance(TransactionTimeouts.class.getClassLoader(), new Class<?>[] { Driver.class },
				new Wrapping(driver, (proxy, method, args) -> {
					Object result = invoke(driver, method, args);
					return result instanceof Session session ? withTimeout(session, config) : result;
				}));
	}

	static boolean isWrapped(Object driver) {
		return Proxy.isProxyClass(driver.getClass()) && Proxy.getInvocationHandler(driver) instanceof Wrapping;
	}

	private static Session withTimeout(Session session, TransactionConfig config) {
		return (Session) Proxy.newProxyInstance(TransactionTimeouts.class.getClassLoader(), new Class<?>[] { Session.class },
				new Wrapping(session, (proxy, method, args) -> {
					Object[] given = args == null ? new Object[0] : args;
					// run(String, Value) and run(String, Record) have no variant with a config: run(Query, config) does.
					if (method.getName().equals("run") && given.length == 2 && given[0] instanceof String text
							&& (given[1] instanceof Value || given[1] instanceof Record)) {
						Query query = given[1] instanceof Value value ? new Query(text, value) : new Query(text, ((Record) given[1]).asMap());
						return session.run(query, config);
					}
					Method configured = withConfig(method);
					if (configured == null) {
						return invoke(session, method, args);
					}
					Object[] extended = Arrays.copyOf(given, given.length + 1);
					extended[given.length] = config;
					return invoke(session, configured, extended);
				}));
	}

	/** The overload of the method that takes a {@link TransactionConfig} last, if there is one. */
	private static Method withConfig(Method method) {
		Class<?>[] types = method.getParameterTypes();
		if (types.length > 0 && types[types.length - 1] == TransactionConfig.class) {
			return null;
		}
		Class<?>[] extended = Arrays.copyOf(types, types.length + 1);
		extended[types.length] = TransactionConfig.class;
		try {
			return Session.class.getMethod(method.getName(), extended);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** Delegates to the wrapped object; the proxy is equal only to itself. */
	private record Wrapping(Object target, InvocationHandler handler) implements InvocationHandler {
		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> "timed " + target;
				};
			}
			return handler.invoke(proxy, method, args);
		}
	}
}
