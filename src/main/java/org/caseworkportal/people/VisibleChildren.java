package org.caseworkportal.people;

import java.util.Map;

/**
 * Which children a person may see, as SQL: {@code condition} is true for a row of the child table
 * aliased {@code c} that {@link ChildAccessPolicy} lets them see, once {@code parameters} are bound.
 */
public record VisibleChildren(String condition, Map<String, Object> parameters) {
}
