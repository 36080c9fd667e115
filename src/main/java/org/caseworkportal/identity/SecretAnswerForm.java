package org.caseworkportal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.identity.password.SecretQuestion;
import org.caseworkportal.identity.password.SecretQuestions;
import org.caseworkportal.web.ErrorMessage;

/**
 * The secret question and answer as typed at registration under the seed-compatible policy,
 * with what is wrong with them in GOV.UK's words.
 */
record SecretAnswerForm(String question, String answer) {

	static final SecretAnswerForm EMPTY = new SecretAnswerForm("", "");

	Optional<SecretQuestion> chosen() {
		return SecretQuestion.named(question);
	}

	List<ErrorMessage> problems() {
		var problems = new ArrayList<ErrorMessage>();
		if (chosen().isEmpty()) {
			problems.add(new ErrorMessage("secretQuestion", "Select a secret question"));
		}
		String normalised = SecretQuestions.normalise(answer);
		int length = normalised.codePointCount(0, normalised.length());
		if (length == 0) {
			problems.add(new ErrorMessage("secretAnswer", "Enter your secret answer"));
		}
		else if (length < SecretQuestions.SHORTEST_ANSWER) {
			problems.add(new ErrorMessage("secretAnswer",
					"Secret answer must be " + SecretQuestions.SHORTEST_ANSWER + " characters or more"));
		}
		else if (length > SecretQuestions.LONGEST_ANSWER) {
			problems.add(new ErrorMessage("secretAnswer",
					"Secret answer must be " + SecretQuestions.LONGEST_ANSWER + " characters or fewer"));
		}
		return problems;
	}

}
