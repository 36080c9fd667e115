package org.caseworkportal.ehcp;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.caseworkportal.calendar.Timescale;
import org.caseworkportal.calendar.Timescale.Unit;

/**
 * The statutory steps of an EHC needs assessment that have a due date, by the names the BPMN uses
 * for them, each with its period in calendar weeks or days (the Special Educational Needs and
 * Disability Regulations 2014, "the Regulations"; the SEND Code of Practice 2015, chapter 9).
 * These are the law's, the same for every authority, so they are not settings.
 */
public enum EhcStep {

	/** Decide whether to assess, and tell the parent: 6 weeks from the request (reg. 4 and 5). */
	DECIDE_TO_ASSESS("decideToAssess", 6, Unit.WEEKS),

	/** Those asked for advice give it: 6 weeks from the request for advice (reg. 8). */
	ADVICE_DUE("adviceDue", 6, Unit.WEEKS),

	/** A decision not to issue a plan is told to the parent: 16 weeks from the request (reg. 10). */
	DECIDE_NOT_TO_ISSUE("decideNotToIssue", 16, Unit.WEEKS),

	/**
	 * The parent or young person has at least 15 days from the draft plan to make representations
	 * and ask for a school or college to be named (reg. 13(1)).
	 */
	DRAFT_COMMENTS("draftComments", 15, Unit.DAYS),

	/**
	 * A school or college consulted on being named responds within 15 days (Children and Families
	 * Act 2014 s.39; the Code of Practice, chapter 9).
	 */
	CONSULTATION("consultation", 15, Unit.DAYS),

	/** The final plan is issued: 20 weeks from the request (reg. 13(2)). */
	FINAL_PLAN("finalPlan", 20, Unit.WEEKS),

	/** Two weeks before the 20-week limit, while there is time to act: the plan is at risk of being late. */
	FINAL_PLAN_AT_RISK("finalPlanAtRisk", 18, Unit.WEEKS);

	private final String name;

	private final Timescale period;

	EhcStep(String name, int amount, Unit unit) {
		this.name = name;
		this.period = new Timescale(amount, unit);
	}

	/** As the BPMN writes it: {@code ${ehcTimescales.dueDate('decideToAssess', requestDate)}}. */
	public String stepName() {
		return name;
	}

	/** How long after the day it is counted from the step is due, in calendar weeks or days. */
	public Timescale period() {
		return period;
	}

	public static EhcStep named(String name) {
		return Arrays.stream(values())
			.filter(step -> step.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No EHC assessment step is called \"" + name
					+ "\"; the steps are " + Arrays.stream(values()).map(step -> step.name).collect(Collectors.joining(", "))));
	}

}
