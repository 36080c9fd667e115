package org.caseworkportal.pep.trackers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trackers' settings ({@code portal.pep.trackers.*}).
 *
 * @param yearFiguresFor how long the figures over the last 12 months (PEPs finalised, and
 *        contributions on time) are kept once worked out for a person and officer filter. They
 *        read a year of PEPs, which is too slow to do on every request; the open PEPs' figures
 *        and lists are always read afresh
 */
@ConfigurationProperties("portal.pep.trackers")
public record TrackerProperties(@DefaultValue("5m") Duration yearFiguresFor) {
}
