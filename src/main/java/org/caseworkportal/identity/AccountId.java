package org.caseworkportal.identity;

import java.io.Serializable;

/** The identifier of a person's account. */
public record AccountId(long value) implements Serializable {

}
