package org.caseworkportal.people;

/**
 * Published when the person linked to a child in a role changes (a new social worker), in the
 * transaction that changes it: work held in that role moves with it.
 */
public record ChildLinkChanged(ChildId child, Relationship relationship) {

}
