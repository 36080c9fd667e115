package org.caseworkportal.forms;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.web.ErrorMessage;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads the answers of one section from a posted form into the form's answers, replacing what the
 * section held before. Read-only and prefilled questions are never read from the request. Answers
 * that cannot be stored as they are (a date like 31-02-2026, an option the question does not have,
 * text longer than allowed) come back as errors, with what was typed kept to show again.
 */
@Component
public class AnswerReader {

	/** The button that adds an item to a repeating group: its value is the group's name. */
	public static final String ADD = "add";

	/** The button that removes an item: its value names the item, for example {@code currentTargets[2]}. */
	public static final String REMOVE = "remove";

	static final int MOST_TEXTFIELD_CHARACTERS = 500;

	static final int MOST_TEXTAREA_CHARACTERS = 20_000;

	private final FormEvaluator evaluator;

	public AnswerReader(FormEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/** The answers with the section's replaced by the posted ones, and what could not be read. */
	public ReadAnswers read(FormComponent section, Map<String, Object> stored, MultiValueMap<String, String> posted) {
		Map<String, Object> answers = Answers.deepCopy(stored);
		List<ErrorMessage> errors = new ArrayList<>();
		new Reading(posted, errors).scope(section.components(), answers, stored, "");
		return new ReadAnswers(answers, errors);
	}

	public record ReadAnswers(Map<String, Object> answers, List<ErrorMessage> errors) {
	}

	private final class Reading {

		private final MultiValueMap<String, String> posted;

		private final List<ErrorMessage> errors;

		Reading(MultiValueMap<String, String> posted, List<ErrorMessage> errors) {
			this.posted = posted;
			this.errors = errors;
		}

		void scope(List<FormComponent> components, Map<String, Object> scope, Map<String, Object> variables,
				String namePrefix) {
			for (FormComponent component : components) {
				switch (component.type()) {
					case "text" -> {
					}
					case "group" -> group(component, scope, variables, namePrefix);
					case "dynamiclist" -> list(component, scope, variables, namePrefix);
					default -> {
						if (!evaluator.readonly(component, variables) && !"filepicker".equals(component.type())) {
							answer(component, scope, namePrefix + component.key());
						}
					}
				}
			}
		}

		private void group(FormComponent group, Map<String, Object> scope, Map<String, Object> variables,
				String namePrefix) {
			if (group.path() == null) {
				scope(group.components(), scope, variables, namePrefix);
				return;
			}
			Map<String, Object> nested = new LinkedHashMap<>(Answers.mapAt(scope, group.path()));
			scope(group.components(), nested, Answers.variablesWithin(variables, nested),
					namePrefix + group.path() + ".");
			scope.put(group.path(), nested);
		}

		private void list(FormComponent list, Map<String, Object> scope, Map<String, Object> variables,
				String namePrefix) {
			String name = namePrefix + list.path();
			List<Map<String, Object>> stored = Answers.itemsAt(scope, list.path());
			int count = itemCount(name, stored.size());
			int max = Integer.parseInt(list.property(PortalProperties.MAX_REPEATS).orElseThrow());
			if (count > max) {
				errors.add(new ErrorMessage(Question.idOf(name), "You can add up to " + max + " of '" + list.label() + "'"));
				count = max;
			}
			List<Map<String, Object>> items = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				if ((name + "[" + i + "]").equals(posted.getFirst(REMOVE))) {
					continue;
				}
				Map<String, Object> item = i < stored.size() ? stored.get(i) : new LinkedHashMap<>();
				scope(list.components(), item, Answers.variablesWithin(variables, item), name + "[" + i + "].");
				items.add(item);
			}
			if (name.equals(posted.getFirst(ADD))) {
				if (items.size() < max) {
					items.add(new LinkedHashMap<>());
				}
				else {
					errors.add(new ErrorMessage(Question.idOf(name), "You can add up to " + max + " of '" + list.label() + "'"));
				}
			}
			scope.put(list.path(), items);
		}

		private int itemCount(String name, int storedCount) {
			String count = posted.getFirst(name + "-items");
			return count != null && count.matches("\\d{1,4}") ? Integer.parseInt(count) : storedCount;
		}

		private void answer(FormComponent question, Map<String, Object> scope, String name) {
			scope.remove(question.key());
			Object value = switch (question.type()) {
				case "datetime" -> date(question, name);
				case "checklist" -> choices(question, name);
				case "checkbox" -> "true".equals(posted.getFirst(name)) ? Boolean.TRUE : null;
				default -> single(question, name);
			};
			if (value != null) {
				scope.put(question.key(), value);
			}
		}

		private Object single(FormComponent question, String name) {
			String text = posted.getFirst(name);
			if (text == null || text.isBlank()) {
				return null;
			}
			text = "textarea".equals(question.type()) ? text.strip().replace("\r\n", "\n") : text.strip();
			switch (question.type()) {
				case "number":
					return number(question, name, text);
				case "select", "radio":
					if (question.values().stream().noneMatch(option -> option.value().equals(posted.getFirst(name)))) {
						fail(name, "Select one of the options for '" + question.question() + "'");
					}
					return posted.getFirst(name);
				default:
					return text(question, name, text);
			}
		}

		private Object number(FormComponent question, String name, String text) {
			try {
				if (text.length() > 30) {
					throw new NumberFormatException();
				}
				return new BigDecimal(text);
			}
			catch (NumberFormatException notANumber) {
				fail(name, "'" + question.question() + "' must be a number");
				return text;
			}
		}

		private Object text(FormComponent question, String name, String text) {
			int most = question.validate().maxLength() != null ? question.validate().maxLength()
					: "textarea".equals(question.type()) ? MOST_TEXTAREA_CHARACTERS : MOST_TEXTFIELD_CHARACTERS;
			if (text.length() > most) {
				fail(name, "'" + question.question() + "' must be " + String.format("%,d", most)
						+ " characters or fewer; it has " + String.format("%,d", text.length()));
				return text.substring(0, most);
			}
			return text;
		}

		private Object choices(FormComponent question, String name) {
			List<String> chosen = posted.getOrDefault(name, List.of());
			List<String> known = chosen.stream()
				.filter(value -> question.values().stream().anyMatch(option -> option.value().equals(value)))
				.distinct()
				.toList();
			if (known.size() != chosen.stream().distinct().count()) {
				fail(name, "Select only the options listed for '" + question.question() + "'");
			}
			return known.isEmpty() ? null : known;
		}

		private Object date(FormComponent question, String name) {
			String day = trimmed(name + "-day");
			String month = trimmed(name + "-month");
			String year = trimmed(name + "-year");
			if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
				return null;
			}
			try {
				if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
					throw new DateTimeException("not numbers");
				}
				return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
			}
			catch (DateTimeException notADate) {
				errors.add(new ErrorMessage(Question.idOf(name) + "-day",
						"'" + question.question() + "' must be a real date, like 27 3 2026"));
				return new RawDate(day, month, year);
			}
		}

		private String trimmed(String name) {
			String value = posted.getFirst(name);
			return value == null ? "" : value.strip();
		}

		private void fail(String name, String message) {
			errors.add(new ErrorMessage(Question.idOf(name), message));
		}

	}

}
