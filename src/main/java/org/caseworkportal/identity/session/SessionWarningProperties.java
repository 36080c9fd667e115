package org.caseworkportal.identity.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a signed-in page warns that the session is about to end ({@code portal.session.*}). The
 * idle timeout itself is the session's own ({@code server.servlet.session.timeout}).
 *
 * @param warningBefore how long before the end the warning dialog opens (2 minutes in application.yml)
 */
@ConfigurationProperties("portal.session")
record SessionWarningProperties(Duration warningBefore) {

}
