package org.caseworkportal.identity.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.identity.EmailAddresses;
import org.caseworkportal.web.DateInput;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.FieldProblem;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' search of the audit log, as typed; every field is optional. Dates are
 * whole days in UK time, both inclusive. Public only so that templates can read it.
 */
public record AccountEventSearchForm(String email, String type, @BindParam("from-day") String fromDay,
		@BindParam("from-month") String fromMonth, @BindParam("from-year") String fromYear,
		@BindParam("to-day") String toDay, @BindParam("to-month") String toMonth,
		@BindParam("to-year") String toYear) {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	public AccountEventSearchForm {
		email = stripped(email);
		type = stripped(type);
	}

	/**
	 * What is wrong with the search, by question ("email", "type", "from", "to"), in the order
	 * the page asks them; empty when it can be run.
	 */
	Map<String, FieldProblem> problems() {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		if (email.length() > AccountEventRepository.LONGEST_EMAIL) {
			problems.put("email", new FieldProblem(
					new ErrorMessage("email", "Email address must be 320 characters or fewer"), List.of()));
		}
		if (!type.isEmpty() && eventType() == null) {
			problems.put("type", new FieldProblem(new ErrorMessage("type", "Select an event from the list"), List.of()));
		}
		from().problem().ifPresent(problem -> problems.put("from", problem));
		to().problem().ifPresent(problem -> problems.put("to", problem));
		LocalDate from = from().date().orElse(null);
		LocalDate to = to().date().orElse(null);
		if (from != null && to != null && to.isBefore(from)) {
			problems.put("to", to().problem("To date must be the same as or after the from date"));
		}
		return problems;
	}

	/** The search to run; only for a search without {@link #problems()}. */
	AccountEventCriteria criteria() {
		return new AccountEventCriteria(EmailAddresses.normalise(email), eventType(),
				from().date().map(day -> day.atStartOfDay(UK).toInstant()).orElse(null),
				to().date().map(day -> day.plusDays(1).atStartOfDay(UK).toInstant()).orElse(null));
	}

	/**
	 * The link to one page of this search's results. Values are passed as URI variables, which
	 * are encoded strictly: a "+" in an email address must not arrive as a space.
	 */
	String link(String path, int page) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("type", type);
		fields.put("from-day", from().day());
		fields.put("from-month", from().month());
		fields.put("from-year", from().year());
		fields.put("to-day", to().day());
		fields.put("to-month", to().month());
		fields.put("to-year", to().year());
		fields.put("page", String.valueOf(page));
		var link = UriComponentsBuilder.fromPath(path);
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (!value.isEmpty()) {
				String variable = "v" + values.size();
				link.queryParam(name, "{" + variable + "}");
				values.put(variable, value);
			}
		});
		return link.encode().buildAndExpand(values).toUriString();
	}

	private DateInput from() {
		return new DateInput("from", "From date", fromDay, fromMonth, fromYear);
	}

	private DateInput to() {
		return new DateInput("to", "To date", toDay, toMonth, toYear);
	}

	private AccountEventType eventType() {
		return Arrays.stream(AccountEventType.values()).filter(value -> value.name().equals(type)).findFirst().orElse(null);
	}

	private static String stripped(String value) {
		return value == null ? "" : value.strip();
	}

}
