package org.caseworkportal.forms;

/** A question that must be answered before a section can be started ("complete in order"). */
public record Prerequisite(String question, String fieldId, String sectionId, String sectionTitle) {
}
