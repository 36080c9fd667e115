package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No template carries script of its own: the Content Security Policy allows only scripts loaded
 * from the portal ({@code script-src 'self'}), so inline script would be blocked, and a template
 * that needed it would tempt someone to weaken the policy.
 */
class NoInlineScriptInTemplatesTest {

	/**
	 * FreeMarker's comments and directives: a directive may sit inside an HTML tag and would end it
	 * early for {@link #HTML_TAG}.
	 */
	private static final Pattern DIRECTIVE = Pattern.compile("(?s)<#--.*?-->|</?#[^>]*>");

	/** An HTML start tag; FreeMarker's macro calls start with {@code <@} and are not matched. */
	private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z][^>]*>");

	private static final Pattern SCRIPT_WITHOUT_SRC = Pattern.compile("(?i)<script(?![^>]*\\ssrc=)[^>]*>");

	private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");

	private static final Pattern JAVASCRIPT_URL = Pattern.compile("(?i)(href|src|action)\\s*=\\s*[\"']?\\s*javascript:");

	@Test
	void templatesLoadScriptsOnlyFromFilesAndHaveNoEventHandlerAttributes() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.ftlh");

		assertThat(templates).hasSizeGreaterThan(5);
		for (Resource template : templates) {
			assertThat(inlineScriptIn(template.getContentAsString(StandardCharsets.UTF_8)))
				.as(template.getFilename())
				.isEmpty();
		}
	}

	@Test
	void findsEachKindOfInlineScript() {
		assertThat(inlineScriptIn("<script>alert(1)</script>")).hasSize(1);
		assertThat(inlineScriptIn("<SCRIPT type=\"module\">import x from '/x.js'</SCRIPT>")).hasSize(1);
		assertThat(inlineScriptIn("<button type=\"button\" onclick=\"go()\">Go</button>")).hasSize(1);
		assertThat(inlineScriptIn("<body\n  onload='start()'>")).hasSize(1);
		assertThat(inlineScriptIn("<a href=\"javascript:void(0)\">x</a>")).hasSize(1);
		assertThat(inlineScriptIn("<body class=\"x\"<#if signedIn> onload=\"start()\"</#if>>")).hasSize(1);
	}

	@Test
	void leavesScriptFilesAndOrdinaryTextAlone() {
		assertThat(inlineScriptIn("<script type=\"module\" src=\"/javascripts/application.js\"></script>")).isEmpty();
		assertThat(inlineScriptIn("<p class=\"govuk-body\">Someone online=yes only one</p>")).isEmpty();
		assertThat(inlineScriptIn("<@govuk.input name=\"email\" onlyIf=true/>")).isEmpty();
	}

	private static List<String> inlineScriptIn(String template) {
		var found = new ArrayList<String>();
		var tags = HTML_TAG.matcher(DIRECTIVE.matcher(template).replaceAll(""));
		while (tags.find()) {
			String tag = tags.group();
			if (SCRIPT_WITHOUT_SRC.matcher(tag).find() || EVENT_HANDLER.matcher(tag).find()
					|| JAVASCRIPT_URL.matcher(tag).find()) {
				found.add(tag);
			}
		}
		return found;
	}

}
