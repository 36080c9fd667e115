package org.caseworkportal.worktray;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the worktrays show tasks ({@code portal.worktray.*}).
 *
 * @param dueSoonDays a task due within this many days (today included) is tagged "Due soon"
 */
@ConfigurationProperties("portal.worktray")
record WorktrayProperties(int dueSoonDays) {

}
