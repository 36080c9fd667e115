package org.caseworkportal.pep;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a submitted PEP stays in a school's "Recently submitted" list
 * ({@code portal.worktray.recently-submitted-days}): seed 002 keeps it "for a few days only"; a
 * month lets a school find last month's copy.
 */
@ConfigurationProperties("portal.worktray")
record RecentlySubmittedProperties(int recentlySubmittedDays) {

}
