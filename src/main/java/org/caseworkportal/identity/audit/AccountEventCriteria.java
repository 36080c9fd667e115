package org.caseworkportal.identity.audit;

import java.time.Instant;

/**
 * Which events an administrator is looking for; every part is optional (null or empty).
 *
 * @param emailContains part of the email address, in its kept (lower-case) form
 * @param from the earliest time, inclusive
 * @param before the time the events must be before
 */
record AccountEventCriteria(String emailContains, AccountEventType type, Instant from, Instant before) {

}
