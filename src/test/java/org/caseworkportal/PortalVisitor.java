package org.caseworkportal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person with a browser, as far as HTTP goes: keeps their cookies (Secure ones too, as browsers
 * do on localhost), does not follow redirects so tests can see them, and fills in CSRF tokens
 * from the form it last read.
 */
public class PortalVisitor {

	private static final Pattern EMAILED_CODE = Pattern.compile("\\b\\d{4} \\d{4}\\b");

	private static final Random ADDRESSES = new Random();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String clientAddress;

	/** A visitor from an address of its own, so that one test's failed sign-ins never make another's wait. */
	public PortalVisitor(int port) {
		this(port, "10.%d.%d.%d".formatted(ADDRESSES.nextInt(256), ADDRESSES.nextInt(256), 1 + ADDRESSES.nextInt(254)));
	}

	/** A visitor from the given client address, as the proxy in front of the portal reports it. */
	public PortalVisitor(int port, String clientAddress) {
		this.baseUrl = "http://localhost:" + port;
		this.clientAddress = clientAddress;
	}

	public Page get(String path) {
		return send(request(path).GET());
	}

	/** A download, such as a PDF, as the bytes sent. */
	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form as the page at {@code formPage} would, with its CSRF token. */
	public Page submit(String formPage, String action, Map<String, String> fields) {
		var form = new LinkedHashMap<>(fields);
		get(formPage).document()
			.select("input[name=_csrf]")
			.forEach(token -> form.putIfAbsent("_csrf", token.val()));
		return post(action, form);
	}

	public Page post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a multipart form, as a page with a file upload does; {@code fields} may repeat names. */
	public Page postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField, String fileName,
			byte[] content) {
		String boundary = "----portal-test-" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		if (fileField != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Signs in as a person does: email address and password, then the code from the email, read
	 * in the demo mailbox. Stops after the first step when it does not ask for a code.
	 */
	public Page signIn(String email, String password) {
		long lastSeen = newestEmailId(email);
		Page first = submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
		if (!first.redirectPath().equals("/sign-in/code")) {
			return first;
		}
		return submit("/sign-in/code", "/sign-in/code", Map.of("code", awaitCode(email, lastSeen)));
	}

	/** The id of the newest email the demo mailbox holds for this address, 0 when none. */
	public long newestEmailId(String email) {
		return get("/demo-mailbox").document()
			.select("tbody tr")
			.stream()
			.filter(row -> row.select("td").first().text().equalsIgnoreCase(email))
			.map(row -> row.select("a").attr("href"))
			.mapToLong(href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1)))
			.max()
			.orElse(0);
	}

	/** The text of the newest email for this address once one newer than {@code lastSeen} arrives. */
	public String awaitEmail(String email, long lastSeen) {
		long newest = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> newestEmailId(email), id -> id > lastSeen);
		return get("/demo-mailbox/" + newest).document().getElementById("message-body").text();
	}

	/** The 8-digit code in the first email to arrive for this address after {@code lastSeen}. */
	public String awaitCode(String email, long lastSeen) {
		String body = awaitEmail(email, lastSeen);
		Matcher code = EMAILED_CODE.matcher(body);
		if (!code.find()) {
			throw new IllegalStateException("No code in the email: " + body);
		}
		return code.group();
	}

	/** The value of this visitor's cookie of that name, or null when they hold none. */
	public String cookie(String name) {
		return cookies.get(name);
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Forwarded-For", clientAddress);
		if (!cookies.isEmpty()) {
			builder.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return new Page(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		String name = pair.substring(0, pair.indexOf('='));
		String value = pair.substring(pair.indexOf('=') + 1);
		if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
			cookies.remove(name);
		}
		else {
			cookies.put(name, value);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public record Page(HttpResponse<String> response) {

		public int status() {
			return response.statusCode();
		}

		public String body() {
			return response.body();
		}

		public Document document() {
			return Jsoup.parse(response.body());
		}

		/** Where a redirect points, as a path. */
		public String redirectPath() {
			return response.headers()
				.firstValue("Location")
				.map(location -> URI.create(location).getRawPath()
						+ (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()))
				.orElse("");
		}

		public String header(String name) {
			return response.headers().firstValue(name).orElse("");
		}

	}

}
