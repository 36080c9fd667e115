package org.caseworkportal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The one place where {@link NotVisible}, {@link NotAllowed}, {@link AlreadyDone} and {@link Stale}
 * become responses, wherever they are thrown. Each is sent to the servlet container's error page
 * with its status, as an unknown address is, so Spring Boot's error controller answers it: the
 * council's layout and {@code templates/error/<status>.ftlh} for a browser, JSON for a script. The
 * 409 page shows the exception's message.
 */
@ControllerAdvice
class DomainExceptionPages {

	/** The model attribute, on the error page, that says what happened. */
	static final String WHAT_HAPPENED = "whatHappened";

	private static final String MESSAGE = DomainExceptionPages.class.getName() + ".message";

	@ExceptionHandler(NotVisible.class)
	void notVisible(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(NotAllowed.class)
	void notAllowed(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler({ AlreadyDone.class, Stale.class })
	void cannotBeDoneNow(RuntimeException happened, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		request.setAttribute(MESSAGE, happened.getMessage());
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	/** What the exception said, for the error page the request was sent on to; none for other pages. */
	@ModelAttribute(WHAT_HAPPENED)
	String whatHappened(HttpServletRequest request) {
		return (String) request.getAttribute(MESSAGE);
	}

}
