package org.caseworkportal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.freemarker.FreeMarkerVariablesCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's precompiled stylesheet, made fit for a council's service. The GDS Transport
 * font is for GOV.UK only, so its {@code @font-face} rules go and every font stack falls back to
 * Arial; the one GOV.UK image the stylesheet refers to (the crest on the Crown copyright footer
 * link, which a council's footer does not have) is dropped, so the stylesheet asks for nothing
 * from {@code /assets}. Read from the WebJar once, at startup; Sass cannot be compiled in the
 * build. Pages find it through the {@code govukFrontendStylesheet} template variable, a URL
 * that carries GOV.UK Frontend's version so browsers may cache it for a year.
 */
@Component
class CouncilStylesheet implements FreeMarkerVariablesCustomizer {

	private static final String WEBJAR = "govuk-frontend";

	private static final Pattern GDS_TRANSPORT_FONT_FACE = Pattern
		.compile("@font-face\\s*\\{[^}]*font-family:\\s*[\"']?GDS Transport[\"']?[^}]*}");

	private static final Pattern GDS_TRANSPORT_IN_FONT_STACK = Pattern
		.compile("font-family:\\s*[\"']?GDS Transport[\"']?\\s*,\\s*");

	private static final Pattern GOVUK_ASSET = Pattern.compile("url\\(\\s*[\"']?/assets/[^)]*\\)");

	private static final Pattern SOURCE_MAP = Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/");

	private final String version;

	private final byte[] css;

	private final String etag;

	CouncilStylesheet() {
		var webjars = new WebJarVersionLocator();
		this.version = webjars.version(WEBJAR);
		String path = webjars.fullPath(WEBJAR, "dist/govuk/govuk-frontend.min.css");
		if (version == null || path == null) {
			throw new IllegalStateException("The govuk-frontend WebJar is not on the classpath");
		}
		this.css = withoutGovukBranding(read(path)).getBytes(StandardCharsets.UTF_8);
		this.etag = "\"" + DigestUtils.md5DigestAsHex(css) + "\"";
	}

	/** The stylesheet with GDS Transport and GOV.UK's assets taken out. */
	static String withoutGovukBranding(String css) {
		String rewritten = GDS_TRANSPORT_FONT_FACE.matcher(css).replaceAll("");
		rewritten = GDS_TRANSPORT_IN_FONT_STACK.matcher(rewritten).replaceAll("font-family:");
		rewritten = GOVUK_ASSET.matcher(rewritten).replaceAll("none");
		rewritten = SOURCE_MAP.matcher(rewritten).replaceAll("");
		if (rewritten.contains("GDS Transport") || rewritten.contains("/assets/")) {
			throw new IllegalStateException(
					"GOV.UK Frontend's stylesheet still names GDS Transport or /assets/ after rewriting: "
							+ "has its format changed?");
		}
		return rewritten;
	}

	String version() {
		return version;
	}

	/** Where pages link to it. */
	String path() {
		return "/stylesheets/govuk-frontend-" + version + ".css";
	}

	byte[] css() {
		return css.clone();
	}

	String etag() {
		return etag;
	}

	@Override
	public void customizeFreeMarkerVariables(Map<String, Object> variables) {
		variables.put("govukFrontendStylesheet", path());
	}

	private static String read(String classpathLocation) {
		try (InputStream in = CouncilStylesheet.class.getClassLoader().getResourceAsStream(classpathLocation)) {
			if (in == null) {
				throw new IllegalStateException("Not on the classpath: " + classpathLocation);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
