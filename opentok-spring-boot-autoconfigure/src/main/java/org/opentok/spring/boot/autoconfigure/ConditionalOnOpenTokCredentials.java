package org.opentok.spring.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when any OpenTok credential property is set ({@code opentok.api-key},
 * {@code opentok.api-secret}, {@code opentok.application-id}, {@code opentok.private-key}
 * or {@code opentok.private-key-location}), or an {@link OpenTokConnectionDetails} bean
 * exists. A half-set pair then fails start-up with a clear message instead of quietly
 * switching the starter off. Bean definitions registered so far count: order the
 * annotated auto-configuration after {@link OpenTokAutoConfiguration}.
 *
 * @since 0.1.0
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OpenTokConnectionCondition.class)
public @interface ConditionalOnOpenTokCredentials {

}
