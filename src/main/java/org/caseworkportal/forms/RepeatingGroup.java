package org.caseworkportal.forms;

import java.util.List;

/**
 * A {@code dynamiclist}: the items a person has added so far ("Add another"), each a list of the
 * questions shown for it, up to the form's maximum.
 *
 * @param name the form field name of the list, for example {@code currentTargets}
 */
public record RepeatingGroup(FormComponent component, String name, List<List<ShownItem>> items) implements ShownItem {

	@Override
	public String kind() {
		return "repeats";
	}

	/** An HTML id for the group, also the target of its error messages. */
	public String id() {
		return Question.idOf(name);
	}

	public String label() {
		return component.label();
	}

	public int max() {
		return Integer.parseInt(component.property(PortalProperties.MAX_REPEATS).orElseThrow());
	}

	public boolean canAddAnother() {
		return items.size() < max();
	}

	/** The item's form field name prefix, for example {@code currentTargets[0].}. */
	public String itemName(int index) {
		return name + "[" + index + "].";
	}

	/** The questions inside one item, as the columns of a table of the answers. */
	public List<FormComponent> columns() {
		return component.components().stream().filter(child -> ComponentChecks.INPUT_TYPES.contains(child.type())).toList();
	}

}
