package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

class CouncilStylesheetTest {

	private final CouncilStylesheet stylesheet = new CouncilStylesheet();

	@Test
	void stylesheetKeepsGovukFrontendButNotItsGdsTransportFont() {
		String css = new String(stylesheet.css(), StandardCharsets.UTF_8);

		assertThat(css).doesNotContain("GDS Transport").doesNotContain("@font-face");
		assertThat(css).contains(".govuk-button{").contains("font-family:arial,sans-serif");
		assertThat(css.length()).as("nothing but the font and assets removed").isGreaterThan(120_000);
	}

	@Test
	void stylesheetAsksForNothingFromGovuksAssets() {
		String css = new String(stylesheet.css(), StandardCharsets.UTF_8);

		assertThat(css).doesNotContain("/assets/").doesNotContain("url(").doesNotContain("sourceMappingURL");
	}

	@Test
	void stylesheetUrlCarriesTheGovukFrontendVersionSoItCanBeCachedForLong() {
		String version = new WebJarVersionLocator().version("govuk-frontend");

		assertThat(stylesheet.path()).isEqualTo("/stylesheets/govuk-frontend-" + version + ".css");
		assertThat(stylesheet.etag()).startsWith("\"").endsWith("\"");
	}

	@Test
	void rewritingFailsLoudlyWhenGovukFrontendNamesItsFontInAnUnexpectedWay() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CouncilStylesheet.withoutGovukBranding(".x{font:19px \"GDS Transport\",arial}"));
	}

	@Test
	void rewritingRemovesFontFacesAndFontStacksInEitherQuoting() {
		String css = """
				@font-face{font-family:"GDS Transport";src:url(/assets/fonts/light.woff2) format("woff2")}\
				.a{font-family:'GDS Transport', arial, sans-serif}.b{background-image:url("/assets/images/x.svg")}""";

		assertThat(CouncilStylesheet.withoutGovukBranding(css))
			.isEqualTo(".a{font-family:arial, sans-serif}.b{background-image:none}");
	}

}
