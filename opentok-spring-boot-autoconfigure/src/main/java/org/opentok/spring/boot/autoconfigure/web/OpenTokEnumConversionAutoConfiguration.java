package org.opentok.spring.boot.autoconfigure.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the conversion of the OpenTok client's enums in a servlet web
 * application: a request parameter or path variable of such a type (an
 * {@code OutputMode}, a {@code Resolution}) takes the constant's name
 * ({@code HD_HORIZONTAL}) or its wire string ({@code 1280x720}), as the enums' JSON
 * creators do, where Spring alone takes only the name. Spring Boot adds the converter
 * bean to Spring MVC's conversion service. It does not need the OpenTok API credentials.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public final class OpenTokEnumConversionAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "openTokEnumConverter")
	OpenTokEnumConverter openTokEnumConverter() {
		return new OpenTokEnumConverter();
	}

}
