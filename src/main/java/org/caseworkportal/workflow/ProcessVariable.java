package org.caseworkportal.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A process variable with its name and Java type, so that no feature casts what it reads or
 * spells a name twice. Identifiers and dates are kept as text, which the BPMN's expressions
 * compare and hand to the engine as they are (an assignee is a string); flags as booleans; a list
 * of identifiers as a list of text, which a multi-instance task can run over.
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Function<T, Object> writer;

	private final Function<Object, T> reader;

	private final T unset;

	private ProcessVariable(String name, Function<T, Object> writer, Function<Object, T> reader, T unset) {
		this.name = name;
		this.writer = writer;
		this.reader = reader;
		this.unset = unset;
	}

	/** An identifier (an account's, a setting's, a child's, a case's row), kept as text. */
	public static ProcessVariable<Long> id(String name) {
		return new ProcessVariable<>(name, String::valueOf, raw -> Long.valueOf(String.valueOf(raw)), null);
	}

	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name, value -> value, String::valueOf, null);
	}

	/** A yes or no; unset reads as no. */
	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, value -> value, Boolean.TRUE::equals, false);
	}

	/** A date, kept as ISO text (2030-03-04) for the BPMN's timescale expressions. */
	public static ProcessVariable<LocalDate> date(String name) {
		return new ProcessVariable<>(name, LocalDate::toString, raw -> LocalDate.parse(String.valueOf(raw)), null);
	}

	/**
	 * Identifiers (settings', accounts'), kept as a list of text such as {@code ["12", "15"]}: the
	 * collection of a multi-instance task, one instance for each. Unset reads as an empty list. The
	 * engine keeps it as a serialized {@link ArrayList} of strings: JDK types only, never a class of ours.
	 */
	public static ProcessVariable<List<Long>> ids(String name) {
		return new ProcessVariable<>(name,
				values -> values.stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new)),
				raw -> ((Collection<?>) raw).stream().map(value -> Long.valueOf(String.valueOf(value))).toList(),
				List.of());
	}

	public String name() {
		return name;
	}

	/** The value as the engine stores it. */
	public Object write(T value) {
		return value == null ? null : writer.apply(value);
	}

	/** The stored value in its type; null when unset (a flag: false; a list: empty). */
	public T read(Object stored) {
		return stored == null ? unset : reader.apply(stored);
	}

	@Override
	public String toString() {
		return name;
	}

}
