package org.caseworkportal.messaging;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The demo mailbox exists in the demonstration (profile {@code demo}, the default) when no SMTP
 * server is set, and never in production. The profile is checked first, so production's required
 * SMTP settings are not read here.
 */
class DemoMailboxCondition implements Condition {

	static final String DEMO = "demo";

	static final String PRODUCTION = "prod";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		return environment.acceptsProfiles(Profiles.of(DEMO + " & !" + PRODUCTION))
				&& !StringUtils.hasText(environment.getProperty("portal.mail.smtp.host"));
	}

}
