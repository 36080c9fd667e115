package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks every page of the portal must pass, whoever renders it. */
final class PublicPages {

	private PublicPages() {
	}

	static Document parse(String html) {
		return Jsoup.parse(html);
	}

	/**
	 * Everything the page loads, links to or sends a form to stays on this site (mailto: links
	 * aside), and nothing is inline that the Content Security Policy would block.
	 */
	static void assertSameOriginOnly(Document page) {
		for (Element element : page.select("[src], [href], [action], [srcset], [formaction], [poster], [data]")) {
			for (String attribute : new String[] { "src", "href", "action", "srcset", "formaction", "poster", "data" }) {
				if (element.hasAttr(attribute)) {
					String value = element.attr(attribute).strip();
					assertThat(isSameOrigin(value))
						.as("<%s %s=\"%s\"> leaves the site", element.tagName(), attribute, value)
						.isTrue();
				}
			}
		}
		assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
		assertThat(page.select("style")).as("inline style elements").isEmpty();
		assertThat(page.select("[style]")).as("style attributes").isEmpty();
		assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
			.filter(a -> a.getKey().startsWith("on"))).as("inline event handlers").isEmpty();
	}

	private static boolean isSameOrigin(String reference) {
		if (reference.startsWith("mailto:")) {
			return true;
		}
		if (reference.startsWith("//")) {
			return false;
		}
		URI uri = URI.create(reference.replace(" ", "%20"));
		return uri.getScheme() == null && uri.getHost() == null;
	}

}
