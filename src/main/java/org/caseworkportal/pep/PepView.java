package org.caseworkportal.pep;

/**
 * A PEP as one person may see it.
 *
 * @param mayWork whether they may do its open task now
 * @param mayRetract whether they may retract it (the Virtual School, before it is final)
 */
public record PepView(Pep pep, boolean mayWork, boolean mayRetract) {
}
