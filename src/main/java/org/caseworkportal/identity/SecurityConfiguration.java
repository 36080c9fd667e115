package org.caseworkportal.identity;

import org.caseworkportal.identity.session.SessionEndedEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach which URL. Handlers also state who may call them (see {@link PublicPage} and its
 * siblings); these URL rules are the outer wall.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String SIGN_IN = "/sign-in";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Camunda's Cockpit, Tasklist and Admin, and any engine API: administrators only, signed in
	 * through the portal. Camunda's own CSRF filter and security headers protect these pages.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		// Matched on the whole path: Camunda's APIs are servlets of their own, which patterns
		// meant for Spring MVC's dispatcher would not see.
		var paths = PathPatternRequestMatcher.withDefaults();
		return http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portal(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/accessibility-statement", "/privacy-notice", "/cookies", SIGN_IN, SIGN_IN + "/**",
						"/signed-out", "/register/**", "/forgotten-password/**", "/reset-password/**", "/error",
						"/stylesheets/**", "/javascripts/**", "/webjars/**", "/favicon.ico", "/actuator/health/**",
						"/demo-mailbox/**")
				.permitAll()
				.requestMatchers("/account/**", "/session/**")
				.authenticated()
				.requestMatchers("/staff/**")
				.hasAnyRole(Role.VIRTUAL_SCHOOL.name(), Role.SOCIAL_WORKER.name(), Role.SEN_CASEWORKER.name(),
						Role.ADMIN.name())
				.requestMatchers("/children/**", "/forms/**", "/peps/**")
				.hasAnyRole(Role.VIRTUAL_SCHOOL.name(), Role.SOCIAL_WORKER.name(), Role.SEN_CASEWORKER.name(),
						Role.ADMIN.name(), Role.PROFESSIONAL.name())
				.requestMatchers("/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/professional/**")
				.hasRole(Role.PROFESSIONAL.name())
				.requestMatchers("/parent/**")
				.hasRole(Role.PARENT.name())
				.anyRequest()
				.denyAll())
			// Signing in takes two steps of the portal's own (SignInController).
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new SessionEndedEntryPoint(SIGN_IN)))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(eagerCsrfToken()))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/**
	 * Loads the CSRF token before the page renders. Spring Security defers it by default, and a
	 * long page whose response is already committed when a form asks for the token cannot then
	 * store it in the session.
	 */
	private static CsrfTokenRequestAttributeHandler eagerCsrfToken() {
		var handler = new CsrfTokenRequestAttributeHandler();
		handler.setCsrfRequestAttributeName(null);
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
