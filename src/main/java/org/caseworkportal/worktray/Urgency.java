package org.caseworkportal.worktray;

import java.time.LocalDate;

/** How close a task is to its due date, as the worktray's tag says it. */
public enum Urgency {

	OVERDUE("Overdue", "red"), DUE_SOON("Due soon", "yellow"), NOT_YET("", "");

	private final String label;

	private final String colour;

	Urgency(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	/**
	 * Overdue after its due date; due soon from {@code dueSoonDays} before it until the day itself,
	 * when the process still counts it on time.
	 */
	static Urgency of(LocalDate due, LocalDate today, int dueSoonDays) {
		if (due == null) {
			return NOT_YET;
		}
		if (due.isBefore(today)) {
			return OVERDUE;
		}
		return due.isAfter(today.plusDays(dueSoonDays)) ? NOT_YET : DUE_SOON;
	}

	public String label() {
		return label;
	}

	/** The GOV.UK tag colour; none when there is nothing to say. */
	public String colour() {
		return colour;
	}

	public boolean tagged() {
		return this != NOT_YET;
	}

}
