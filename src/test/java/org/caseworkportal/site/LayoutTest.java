package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The layout on its own: what it makes of its parameters, and that it needs no model attribute. */
class LayoutTest {

	/** The one variable every page gets from FreeMarker's shared variables rather than a model. */
	private static final Map<String, Object> SHARED = Map.of("govukFrontendStylesheet", "/stylesheets/govuk-frontend-x.css");

	@ParameterizedTest
	@ValueSource(strings = { "error.ftlh", "error/404.ftlh", "error/403.ftlh" })
	void errorPageRendersWithNoneOfTheLayoutsModelAttributes(String template) throws Exception {
		Document page = PublicPages.parse(StandaloneTemplates.render(template, SHARED));

		assertThat(page.selectFirst("h1")).isNotNull();
		assertThat(page.select("form[action=/sign-out]")).isEmpty();
		PublicPages.assertSameOriginOnly(page);
	}

	@Test
	void titleSaysErrorFirstWhenThePageHasFormErrors() throws Exception {
		Document page = page("<@layout.page title=\"Sign in\" errors=[\"Enter your email address\"]>x</@layout.page>");

		assertThat(page.title()).isEqualTo("Error: Sign in – Casework Portal – Demo Borough Council");
	}

	@Test
	void titleNamesThePageTheServiceAndTheCouncil() throws Exception {
		assertThat(page("<@layout.page title=\"Messages\">x</@layout.page>").title())
			.isEqualTo("Messages – Casework Portal – Demo Borough Council");
	}

	@Test
	void backLinkComesBeforeTheMainContentWhenGiven() throws Exception {
		Document page = page("<@layout.page title=\"Messages\" backLink=\"/parent\">x</@layout.page>");

		assertThat(page.selectFirst("a.govuk-back-link").attr("href")).isEqualTo("/parent");
		assertThat(page.selectFirst("a.govuk-back-link ~ main")).isNotNull();
		assertThat(page("<@layout.page title=\"Messages\">x</@layout.page>").select(".govuk-back-link")).isEmpty();
	}

	@Test
	void demoNoticeOnlyInTheDemo() throws Exception {
		assertThat(page("<@layout.page title=\"x\">x</@layout.page>", Map.of("demo", false)).select("a[href=/demo-mailbox]"))
			.isEmpty();
		assertThat(page("<@layout.page title=\"x\">x</@layout.page>", Map.of("demo", true, "demoMailboxUrl", "/demo-mailbox")).select("a[href=/demo-mailbox]"))
			.hasSize(1);
	}

	@Test
	void authorityAndServiceNamesAreEscaped() throws Exception {
		var hostile = new PortalProperties("<script>alert(1)</script> & Co", "<b>Portal</b>");

		String html = StandaloneTemplates.renderSource("<#import \"/layout.ftlh\" as layout><@layout.page title=\"x\">x</@layout.page>",
				withShared(Map.of("portal", hostile)));

		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>Portal")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
	}

	private static Document page(String ftl) throws Exception {
		return page(ftl, Map.of());
	}

	private static Document page(String ftl, Map<String, Object> model) throws Exception {
		var all = new HashMap<String, Object>(model);
		all.put("portal", new PortalProperties("Demo Borough Council", "Casework Portal"));
		all.putIfAbsent("errors", List.of());
		return PublicPages.parse(StandaloneTemplates.renderSource("<#import \"/layout.ftlh\" as layout>" + ftl, withShared(all)));
	}

	private static Map<String, Object> withShared(Map<String, Object> model) {
		var all = new HashMap<String, Object>(SHARED);
		all.putAll(model);
		return all;
	}

}
