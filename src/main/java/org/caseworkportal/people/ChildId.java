package org.caseworkportal.people;

/** The identifier of a child's case record. */
public record ChildId(long value) {

}
