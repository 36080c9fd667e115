package org.caseworkportal.forms.attachments;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over Spring's multipart limits never reaches a controller, so {@link UploadCheck}
 * cannot give its message. The person is sent back to the page they uploaded from, with
 * {@value #PARAMETER} in its query, for that page to show {@link Attachments#tooLargeMessage()}.
 */
@ControllerAdvice
class UploadTooLargeRedirect {

	static final String PARAMETER = "upload-too-large";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Void> backToTheUploadPage(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, pageBefore(request.getHeader(HttpHeaders.REFERER)))
			.build();
	}

	/**
	 * The path and query of the page the upload came from, with {@value #PARAMETER} added. Only the
	 * path is taken from the Referer, so the redirect never leaves the portal.
	 */
	static String pageBefore(String referer) {
		URI page = parsed(referer);
		String path = page.getRawPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			return "/?" + PARAMETER;
		}
		String query = page.getRawQuery();
		if (query == null || query.isEmpty()) {
			return path + "?" + PARAMETER;
		}
		if (("&" + query + "&").contains("&" + PARAMETER + "&")) {
			return path + "?" + query;
		}
		return path + "?" + query + "&" + PARAMETER;
	}

	private static URI parsed(String referer) {
		try {
			return new URI(referer == null ? "" : referer);
		}
		catch (URISyntaxException ex) {
			return URI.create("");
		}
	}

}
