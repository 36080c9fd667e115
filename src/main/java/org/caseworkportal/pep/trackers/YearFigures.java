package org.caseworkportal.pep.trackers;

import java.time.Instant;
import java.util.List;

import org.caseworkportal.pep.trackers.Trackers.OnTimeCount;
import org.caseworkportal.pep.trackers.Trackers.SchoolCount;

/**
 * The figures over the last 12 months, by school: PEPs finalised, and contributions on time by
 * month.
 *
 * @param workedOutAt when they were read
 */
record YearFigures(List<SchoolCount> finalised, List<OnTimeCount> onTime, Instant workedOutAt) {
}
