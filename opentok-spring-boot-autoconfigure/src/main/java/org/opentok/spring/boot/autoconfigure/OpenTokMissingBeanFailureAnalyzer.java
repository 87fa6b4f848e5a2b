package org.opentok.spring.boot.autoconfigure;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import org.opentok.spring.client.project.ProjectClient;

/**
 * Explains a missing bean of a client type the OpenTok auto-configuration provides when
 * it is missing because credentials are not set: no credential property has a value and
 * there is no {@link OpenTokConnectionDetails} bean, so the auto-configuration backed
 * off, or, for {@link ProjectClient}, no account credential has one and there is no
 * {@link OpenTokAccountConnectionDetails} bean. Says which properties and environment
 * variables to set. Any other missing bean (credentials set, the auto-configuration
 * excluded or missing its class path) is left to Spring Boot's analyzer, which it
 * precedes. Spring Boot makes analyzers once the context has failed, when its condition
 * evaluation report is gone, so this reads the environment and the bean definitions as
 * the auto-configuration's conditions do.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class OpenTokMissingBeanFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException> {

	private static final Set<Class<?>> PROVIDED = Stream
		.of(OpenTokAutoConfiguration.class, OpenTokApiClientsConfiguration.class,
				OpenTokProjectClientConfiguration.class)
		.flatMap((configuration) -> Stream.of(configuration.getDeclaredMethods()))
		.filter((method) -> method.isAnnotationPresent(Bean.class))
		.map(Method::getReturnType)
		.filter((type) -> type.getName().startsWith("org.opentok.spring.client."))
		.collect(Collectors.toUnmodifiableSet());

	private static final String NO_CREDENTIALS = "the OpenTok auto-configuration backed off because no OpenTok "
			+ "credentials are set (none of opentok.api-key, opentok.api-secret, opentok.application-id, "
			+ "opentok.private-key and opentok.private-key-location has a value, and there is no "
			+ "OpenTokConnectionDetails bean).";

	private static final String SET_CREDENTIALS = "Set the environment variables OPENTOK_API_KEY and "
			+ "OPENTOK_API_SECRET (or the properties opentok.api-key and opentok.api-secret) to your OpenTok "
			+ "project's API key and secret, or OPENTOK_APPLICATION_ID and OPENTOK_PRIVATE_KEY_LOCATION "
			+ "(opentok.application-id and opentok.private-key-location) for a Vonage application. For local "
			+ "development without OpenTok, set opentok.emulator.enabled=true with opentok-spring-boot-test on "
			+ "the class path. To take the credentials from elsewhere, declare an OpenTokConnectionDetails bean.";

	private static final String NO_ACCOUNT_CREDENTIALS = "the project management client needs the OpenTok account "
			+ "credentials, and neither opentok.account.api-key nor opentok.account.api-secret has a value.";

	private static final String ACCOUNT_CREDENTIALS = "the environment variables OPENTOK_ACCOUNT_API_KEY and "
			+ "OPENTOK_ACCOUNT_API_SECRET (or the properties opentok.account.api-key and opentok.account.api-secret) "
			+ "to your OpenTok account's API key and secret.";

	private final Environment environment;

	private final @Nullable ClassLoader classLoader;

	private final BeanFactory beanFactory;

	OpenTokMissingBeanFailureAnalyzer(BeanFactory beanFactory, Environment environment) {
		this.environment = environment;
		this.beanFactory = beanFactory;
		this.classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
				? configurable.getBeanClassLoader() : null;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
			@Nullable String description) {
		ResolvableType resolvable = cause.getResolvableType();
		Class<?> type = (resolvable != null) ? resolvable.resolve() : null;
		if (type == null || !PROVIDED.contains(type) || !autoConfigurationApplies()) {
			return null;
		}
		String missing = ((description != null) ? description : "A component") + " required a bean of type '"
				+ type.getName() + "' that could not be found: ";
		boolean project = type == ProjectClient.class;
		if (new OpenTokCredentialsCondition().firstWithText(this.environment) == null
				&& !hasBean(OpenTokConnectionDetails.class)) {
			String action = project
					? SET_CREDENTIALS + " ProjectClient also needs the account credentials: set " + ACCOUNT_CREDENTIALS
					: SET_CREDENTIALS;
			return new FailureAnalysis(missing + NO_CREDENTIALS, action, cause);
		}
		if (project && new OpenTokAccountCredentialsCondition().firstWithText(this.environment) == null
				&& !hasBean(OpenTokAccountConnectionDetails.class)) {
			return new FailureAnalysis(missing + NO_ACCOUNT_CREDENTIALS, "Set " + ACCOUNT_CREDENTIALS, cause);
		}
		return null;
	}

	private boolean hasBean(Class<?> type) {
		return this.beanFactory instanceof ListableBeanFactory listable
				&& BeanFactoryUtils.beanNamesForTypeIncludingAncestors(listable, type, true, false).length > 0;
	}

	// the auto-configuration's class condition holds and spring.autoconfigure.exclude
	// does not name it
	private boolean autoConfigurationApplies() {
		List<String> excluded = Binder.get(this.environment)
			.bind("spring.autoconfigure.exclude", Bindable.listOf(String.class))
			.orElse(List.of());
		return ClassUtils.isPresent("org.springframework.web.client.RestClient", this.classLoader)
				&& !excluded.contains(OpenTokAutoConfiguration.class.getName());
	}

}
