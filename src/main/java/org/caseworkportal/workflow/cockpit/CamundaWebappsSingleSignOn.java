package org.caseworkportal.workflow.cockpit;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signs administrators into Cockpit, Tasklist and Admin with their portal session, so there is
 * no second password. Spring Security has already admitted only administrators to
 * {@code /camunda/**}; this filter, running after it, hands the signed-in user's name to
 * Camunda (Camunda's container-based provider reads the request's user principal).
 */
@Configuration
class CamundaWebappsSingleSignOn {

	@Bean
	FilterRegistrationBean<PortalAdministratorAuthenticationFilter> camundaContainerAuthentication() {
		var registration = new FilterRegistrationBean<>(new PortalAdministratorAuthenticationFilter());
		registration.setInitParameters(
				Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
