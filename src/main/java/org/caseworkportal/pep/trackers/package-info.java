/**
 * The Virtual School's PEP trackers: PEPs by stage, due this week, overdue, by school, and the
 * share of contributions in on time by month, each filtered by school, stage, officer and due
 * date and downloadable as CSV. They read the {@code pep} table with their own grouped queries,
 * over the children the person may see.
 */
package org.caseworkportal.pep.trackers;
