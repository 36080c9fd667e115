package org.caseworkportal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

// The portal checks passwords itself (identity.SignIns): no Spring Security user store is wanted.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseworkPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CaseworkPortalApplication.class, args);
	}

	/** The one source of "now", so tests can move time instead of waiting for it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
