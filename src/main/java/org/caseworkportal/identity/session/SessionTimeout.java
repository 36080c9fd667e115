package org.caseworkportal.identity.session;

import java.time.Duration;

/**
 * What a signed-in page's timeout warning needs to know, in whole seconds: when the session ends
 * if nothing else reaches the server, and how long before that to warn. Public because the layout
 * reads it.
 *
 * @param seconds idle time after which the session ends
 * @param warningSeconds how long before the end the warning opens; never more than {@code seconds}
 */
public record SessionTimeout(long seconds, long warningSeconds) {

	static SessionTimeout of(Duration timeout, Duration warningBefore) {
		return new SessionTimeout(timeout.toSeconds(), Math.min(warningBefore.toSeconds(), timeout.toSeconds()));
	}

}
