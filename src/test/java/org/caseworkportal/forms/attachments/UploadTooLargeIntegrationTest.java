package org.caseworkportal.forms.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.Test;

/**
 * A file over Spring's multipart limit (25 MB) is refused before any controller sees it; the
 * person gets their page back with the flag for its message, not an error page or a reset
 * connection.
 */
class UploadTooLargeIntegrationTest extends PortalVisitorTest {

	static final int OVER_THE_MULTIPART_LIMIT = 26 * 1024 * 1024;

	@Test
	void anUploadOverTheMultipartLimitGoesBackToThePageItCameFrom() throws Exception {
		String csrf = visitor.get("/sign-in").document().select("input[name=_csrf]").val();
		String page = "http://localhost:" + port + "/sign-in?from=upload";

		HttpResponse<String> response = postFile("/sign-in?_csrf=" + csrf, page, new byte[OVER_THE_MULTIPART_LIMIT]);

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).contains("/sign-in?from=upload&upload-too-large");
	}

	private HttpResponse<String> postFile(String path, String referer, byte[] file)
			throws IOException, InterruptedException {
		String boundary = "portal-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", "PORTAL_SESSION=" + visitor.cookie("PORTAL_SESSION"))
			.header("Referer", referer)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
