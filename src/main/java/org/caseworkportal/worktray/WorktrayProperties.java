package org.caseworkportal.worktray;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the worktrays show tasks ({@code portal.worktray.*}).
 *
 * @param dueSoonDays a task due within this many days (today included) is tagged "Due soon"
 * @param recentlySubmittedDays how long a submitted PEP stays in a school's "Recently submitted"
 * list (seed 002 keeps it "for a few days only"; a month lets a school find last month's copy)
 */
@ConfigurationProperties("portal.worktray")
record WorktrayProperties(int dueSoonDays, int recentlySubmittedDays) {

}
