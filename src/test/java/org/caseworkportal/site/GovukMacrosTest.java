package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webjars.WebJarVersionLocator;

/**
 * Our GOV.UK macros (templates/govuk/_components.ftlh) render the markup GOV.UK Frontend's own
 * published fixtures expect, compared after normalising whitespace and attribute order. Each
 * fixture's options are translated into a call of our macro; a translation refuses options it
 * does not pass on, so no fixture passes by our macro silently ignoring part of it.
 */
class GovukMacrosTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final WebJarVersionLocator WEBJARS = new WebJarVersionLocator();

	static Stream<Arguments> fixtures() {
		return Stream.of(
				// error summary: our errors are objects with text() and href()
				fixture("error-summary", "default"), fixture("error-summary", "with everything"),
				// input
				fixture("input", "default"), fixture("input", "with hint text"),
				fixture("input", "with error message"), fixture("input", "with error and hint"),
				fixture("input", "with label as page heading"), fixture("input", "with width-10 class"),
				fixture("input", "custom type"), fixture("input", "value"), fixture("input", "zero value"),
				fixture("input", "with autocomplete attribute"), fixture("input", "with spellcheck enabled"),
				fixture("input", "with spellcheck disabled"), fixture("input", "with describedBy"),
				fixture("input", "hint with describedBy"), fixture("input", "error with describedBy"),
				fixture("input", "with error, hint and describedBy"),
				// radios: a checked item is passed as the value
				fixture("radios", "default"), fixture("radios", "with hint"),
				fixture("radios", "with fieldset and error message"), fixture("radios", "with hint and error message"),
				// button
				fixture("button", "default"), fixture("button", "secondary"), fixture("button", "link"),
				fixture("button", "explicit link"), fixture("button", "start link"), fixture("button", "value"),
				fixture("button", "prevent double click"), fixture("button", "don't prevent double click"),
				// back link
				fixture("back-link", "default"), fixture("back-link", "with custom text and link"),
				fixture("back-link", "html as text"),
				// summary list
				fixture("summary-list", "default"), fixture("summary-list", "no-border"),
				fixture("summary-list", "actions href"),
				// table
				fixture("table", "default"), fixture("table", "with head"), fixture("table", "with head and caption"),
				fixture("table", "html as text"),
				// inset text
				fixture("inset-text", "default"), fixture("inset-text", "with html"), fixture("inset-text", "html as text"),
				// warning text
				fixture("warning-text", "default"), fixture("warning-text", "multiple lines"),
				fixture("warning-text", "html as text"),
				// notification banner
				fixture("notification-banner", "default"), fixture("notification-banner", "with type as success"),
				fixture("notification-banner", "custom title"), fixture("notification-banner", "with text as html"),
				fixture("notification-banner", "html as text"),
				// tag
				fixture("tag", "default"), fixture("tag", "grey"), fixture("tag", "light blue"),
				fixture("tag", "html as text"),
				// panel
				fixture("panel", "default"), fixture("panel", "title with no body text"), fixture("panel", "title html"),
				// phase banner
				fixture("phase-banner", "default"), fixture("phase-banner", "text"),
				fixture("phase-banner", "html as text"),
				// select
				fixture("select", "default"), fixture("select", "with hint text and error message"),
				fixture("select", "with label as page heading"), fixture("select", "with full width override"),
				fixture("select", "with selected value"), fixture("select", "item selected overrides value"),
				// date input: always day, month and year
				fixture("date-input", "default"), fixture("date-input", "with items"),
				fixture("date-input", "with errors only"), fixture("date-input", "with errors and hint"),
				fixture("date-input", "with error on day input"), fixture("date-input", "with error on month input"),
				fixture("date-input", "with error on year input"),
				// pagination
				fixture("pagination", "default"), fixture("pagination", "with many pages"),
				fixture("pagination", "first page"), fixture("pagination", "last page"),
				fixture("pagination", "with prev and next only"), fixture("pagination", "with previous only"),
				fixture("pagination", "with next only"), fixture("pagination", "with custom navigation landmark"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("fixtures")
	void macroRendersTheMarkupOfGovukFrontendFixture(String component, String fixtureName) throws Exception {
		JsonNode fixture = loadFixture(component, fixtureName);
		MacroCall call = translate(component, fixture.get("options"));

		String rendered = render(call);

		String expected = expectedWithOurDefaults(component, fixture.get("options"), fixture.get("html").asText());
		assertThat(canonical(rendered)).isEqualTo(canonical(expected));
	}

	@Test
	void errorSummaryRendersNothingWithoutErrors() throws Exception {
		String rendered = render(new MacroCall("<@govuk.errorSummary errors=errors/>", Map.of("errors", List.of())));

		assertThat(rendered).isBlank();
	}

	@Test
	void tableTakesPlainStringsForHeadingsAndCells() throws Exception {
		var call = new MacroCall("<@govuk.table caption=\"\" head=head rows=rows/>",
				Map.of("head", List.of("Child", "Status"), "rows", List.of(List.of("A <b>", "Draft"))));

		Element table = Jsoup.parseBodyFragment(render(call)).selectFirst("table");

		assertThat(table.select("caption")).isEmpty();
		assertThat(table.select("th[scope=col]").eachText()).containsExactly("Child", "Status");
		assertThat(table.select("td.govuk-table__cell").eachText()).containsExactly("A <b>", "Draft");
	}

	@Test
	void summaryListActionNamesItsRowForScreenReadersByDefault() throws Exception {
		var call = new MacroCall("<@govuk.summaryList rows=rows/>",
				Map.of("rows", List.of(Map.of("key", "Date of birth", "value", "13/08/2012", "actionHref", "/dob"))));

		Element action = Jsoup.parseBodyFragment(render(call)).selectFirst(".govuk-summary-list__actions a");

		assertThat(action.attr("href")).isEqualTo("/dob");
		assertThat(action.text()).isEqualTo("Change Date of birth");
		assertThat(action.selectFirst(".govuk-visually-hidden").text()).isEqualTo("Date of birth");
	}

	@Test
	void dateInputKeepsWhatWasTypedAndNamesItsInputsAfterThePrefix() throws Exception {
		var call = new MacroCall("""
				<@govuk.dateInput id="from" legend="From" namePrefix="from" day="31" month="2" year="20x5"
				  error="From date must be a real date" errorItems=["day", "month", "year"]/>""", Map.of());

		Element group = Jsoup.parseBodyFragment(render(call)).selectFirst(".govuk-form-group");

		assertThat(group.select("input").eachAttr("name")).containsExactly("from-day", "from-month", "from-year");
		assertThat(group.select("input").eachAttr("id")).containsExactly("from-day", "from-month", "from-year");
		assertThat(group.select("input").eachAttr("value")).containsExactly("31", "2", "20x5");
		assertThat(group.select("input.govuk-input--error")).hasSize(3);
		assertThat(group.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("from-error");
	}

	@Test
	void selectChoosesTheItemWhoseValueIsGiven_whenNoItemSaysItIsSelected() throws Exception {
		var call = new MacroCall("<@govuk.select name=\"type\" label=\"Event\" items=items value=\"SIGNED_IN\"/>",
				Map.of("items", List.of(Map.of("value", "", "text", "All events"),
						Map.of("value", "SIGNED_IN", "text", "Signed in"), Map.of("value", "SIGNED_OUT", "text", "Signed out"))));

		Element select = Jsoup.parseBodyFragment(render(call)).selectFirst("select");

		assertThat(select.select("option[selected]").eachText()).containsExactly("Signed in");
		assertThat(select.select("option").eachAttr("value")).containsExactly("", "SIGNED_IN", "SIGNED_OUT");
	}

	@Test
	void canonicalFormIgnoresWhitespaceBetweenTagsAndAttributeOrder() {
		assertThat(canonical("<a class=\"govuk-link\"   href=\"/x\">\n  Go\n</a>\n"))
			.isEqualTo(canonical("<a href=\"/x\" class=\"govuk-link\">Go</a>"));
	}

	@Test
	void canonicalFormTellsApartMarkupThatDiffers() {
		String markup = "<p class=\"govuk-error-message\" id=\"a-error\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a date</p>";

		assertThat(canonical(markup)).as("missing attribute")
			.isNotEqualTo(canonical("<p class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a date</p>"));
		assertThat(canonical(markup)).as("different class")
			.isNotEqualTo(canonical("<p class=\"govuk-error\" id=\"a-error\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a date</p>"));
		assertThat(canonical(markup)).as("different text")
			.isNotEqualTo(canonical("<p class=\"govuk-error-message\" id=\"a-error\"><span class=\"govuk-visually-hidden\">Error:</span> Enter the date</p>"));
		assertThat(canonical(markup)).as("missing space a screen reader needs")
			.isNotEqualTo(canonical("<p class=\"govuk-error-message\" id=\"a-error\"><span class=\"govuk-visually-hidden\">Error:</span>Enter a date</p>"));
		assertThat(canonical(markup)).as("different element")
			.isNotEqualTo(canonical("<div class=\"govuk-error-message\" id=\"a-error\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a date</div>"));
		assertThat(canonical(markup)).as("extra element")
			.isNotEqualTo(canonical(markup + "<p></p>"));
	}

	/** A macro call (after the import) and the model it reads. */
	record MacroCall(String ftl, Map<String, Object> model) {

	}

	/** What our error summary lists, shaped like the records the application passes. */
	public record Problem(String text, String href) {

	}

	private static MacroCall translate(String component, JsonNode options) {
		Map<String, Object> o = JSON.convertValue(options, Map.class);
		return switch (component) {
			case "error-summary" -> {
				accepts(options, "titleText", "descriptionText", "errorList");
				assertThat(options.get("titleText").asText()).isEqualTo("There is a problem");
				List<Problem> errors = new ArrayList<>();
				options.get("errorList")
					.forEach(item -> errors.add(new Problem(item.get("text").asText(), item.path("href").asText(null))));
				yield call("<@govuk.errorSummary errors=errors description=o.descriptionText!\"\"/>", o, "errors",
						errors);
			}
			case "input" -> {
				accepts(options, "id", "name", "label", "hint", "errorMessage", "type", "value", "classes",
						"autocomplete", "spellcheck", "describedBy");
				accepts(options.get("label"), "text", "classes", "isPageHeading");
				yield call("""
						<@govuk.input name=o.name label=o.label.text id=o.id!"" type=o.type!"text" value=o.value!""
						  error=(o.errorMessage.text)!"" hint=(o.hint.text)!"" autocomplete=o.autocomplete!""
						  spellcheck=o.spellcheck!"" classes=o.classes!"" labelIsPageHeading=(o.label.isPageHeading)!false
						  labelClasses=(o.label.classes)!"" describedBy=o.describedBy!""/>""", o);
			}
			case "radios" -> {
				accepts(options, "idPrefix", "name", "fieldset", "hint", "errorMessage", "items");
				accepts(options.get("fieldset"), "legend");
				accepts(options.get("fieldset").get("legend"), "text", "classes");
				List<Map<String, Object>> items = new ArrayList<>();
				String value = "";
				for (JsonNode item : options.get("items")) {
					accepts(item, "value", "text", "checked");
					items.add(Map.of("value", item.get("value").asText(), "text", item.get("text").asText()));
					if (item.path("checked").asBoolean()) {
						value = item.get("value").asText();
					}
				}
				yield call("""
						<@govuk.radios name=o.name legend=o.fieldset.legend.text items=items value=value
						  idPrefix=o.idPrefix!"" error=(o.errorMessage.text)!"" hint=(o.hint.text)!""
						  legendClasses=(o.fieldset.legend.classes)!""/>""", o, "items", items, "value", value);
			}
			case "button" -> {
				accepts(options, "text", "href", "element", "name", "value", "classes", "isStartButton",
						"preventDoubleClick");
				boolean secondary = "govuk-button--secondary".equals(options.path("classes").asText());
				yield call("""
						<@govuk.button text=o.text href=o.href!"" name=o.name!"" value=o.value!""
						  secondary=secondary classes=secondary?then("", o.classes!"") isStartButton=o.isStartButton!false
						  preventDoubleClick=o.preventDoubleClick!true/>""", o, "secondary", secondary);
			}
			case "back-link" -> {
				accepts(options, "href", "text");
				yield call("<@govuk.backLink href=o.href!\"#\" text=o.text!\"Back\"/>", o);
			}
			case "summary-list" -> {
				accepts(options, "rows", "classes");
				List<Map<String, Object>> rows = new ArrayList<>();
				for (JsonNode row : options.get("rows")) {
					accepts(row, "key", "value", "actions");
					Map<String, Object> ours = new HashMap<>();
					ours.put("key", textOrHtml(row.get("key")));
					ours.put("value", textOrHtml(row.get("value")));
					if (row.has("actions")) {
						JsonNode items = row.get("actions").get("items");
						assertThat(items).as("our summary list has one action a row").hasSize(1);
						JsonNode action = items.get(0);
						accepts(action, "href", "text", "visuallyHiddenText");
						ours.put("actionHref", action.get("href").asText());
						ours.put("actionText", action.get("text").asText());
						ours.put("actionVisuallyHiddenText", action.path("visuallyHiddenText").asText(""));
					}
					rows.add(ours);
				}
				yield call("<@govuk.summaryList rows=rows classes=o.classes!\"\"/>", o, "rows", rows);
			}
			case "table" -> {
				accepts(options, "caption", "captionClasses", "firstCellIsHeader", "head", "rows");
				List<Object> head = new ArrayList<>();
				options.path("head").forEach(cell -> head.add(cell(cell)));
				List<List<Object>> rows = new ArrayList<>();
				for (JsonNode row : options.get("rows")) {
					List<Object> cells = new ArrayList<>();
					row.forEach(cell -> cells.add(cell(cell)));
					rows.add(cells);
				}
				yield call("""
						<@govuk.table caption=o.caption!"" head=head rows=rows captionClasses=o.captionClasses!""
						  firstCellIsHeader=o.firstCellIsHeader!false/>""", o, "head", head, "rows", rows);
			}
			case "inset-text" -> {
				accepts(options, "text", "html");
				yield options.has("html") ? call("<@govuk.insetText>${o.html?no_esc}</@govuk.insetText>", o)
						: call("<@govuk.insetText text=o.text/>", o);
			}
			case "warning-text" -> {
				accepts(options, "text", "iconFallbackText");
				yield call("<@govuk.warningText text=o.text iconFallbackText=o.iconFallbackText!\"Warning\"/>", o);
			}
			case "notification-banner" -> {
				accepts(options, "titleText", "type", "text", "html");
				yield call("""
						<@govuk.notificationBanner title=o.titleText!"" success=(o.type!"")=="success" text=o.text!"">\
						${(o.html!"")?no_esc}</@govuk.notificationBanner>""", o);
			}
			case "tag" -> {
				accepts(options, "text", "classes");
				String colour = options.path("classes").asText("").replace("govuk-tag--", "");
				yield call("<@govuk.tag text=o.text colour=colour/>", o, "colour", colour);
			}
			case "panel" -> {
				accepts(options, "titleText", "titleHtml", "text", "html");
				yield call("""
						<@govuk.panel title=o.titleText!(o.titleHtml?no_esc)>\
						<#if o.html??>${o.html?no_esc}<#else>${o.text!""}</#if></@govuk.panel>""", o);
			}
			case "phase-banner" -> {
				accepts(options, "tag", "text", "html");
				yield options.has("html")
						? call("<@govuk.phaseBanner tag=(o.tag.text)!\"\">${o.html?no_esc}</@govuk.phaseBanner>", o)
						: call("<@govuk.phaseBanner tag=(o.tag.text)!\"\" text=o.text/>", o);
			}
			case "select" -> {
				accepts(options, "id", "name", "label", "hint", "errorMessage", "items", "classes", "value");
				accepts(options.get("label"), "text", "classes", "isPageHeading");
				options.get("items").forEach(item -> accepts(item, "value", "text", "selected", "disabled"));
				yield call("""
						<@govuk.select name=o.name label=o.label.text items=o.items value=o.value!"" id=o.id!""
						  error=(o.errorMessage.text)!"" hint=(o.hint.text)!"" classes=o.classes!""
						  labelIsPageHeading=(o.label.isPageHeading)!false labelClasses=(o.label.classes)!""/>""", o);
			}
			case "date-input" -> {
				accepts(options, "id", "namePrefix", "fieldset", "hint", "errorMessage", "items");
				accepts(options.get("fieldset"), "legend");
				accepts(options.get("fieldset").get("legend"), "text", "classes");
				List<String> errorItems = dateInputErrorItems(options.get("items"));
				yield call("""
						<@govuk.dateInput id=o.id legend=o.fieldset.legend.text namePrefix=o.namePrefix!""
						  error=(o.errorMessage.text)!"" hint=(o.hint.text)!"" errorItems=errorItems
						  legendClasses=(o.fieldset.legend.classes)!""/>""", o, "errorItems", errorItems);
			}
			case "pagination" -> {
				accepts(options, "previous", "next", "items", "landmarkLabel");
				for (String link : List.of("previous", "next")) {
					if (options.has(link)) {
						accepts(options.get(link), "href");
					}
				}
				options.path("items").forEach(item -> accepts(item, "number", "href", "current", "ellipsis"));
				yield call("""
						<@govuk.pagination previous=(o.previous.href)!"" next=(o.next.href)!"" items=(o.items)![]
						  landmarkLabel=o.landmarkLabel!"Pagination"/>""", o);
			}
			default -> throw new IllegalArgumentException("No translation for " + component);
		};
	}

	/**
	 * Our date input always has GOV.UK's day, month and year inputs at their usual widths; a
	 * fixture's items may only mark some of them as wrong.
	 */
	private static List<String> dateInputErrorItems(JsonNode items) {
		List<String> errorItems = new ArrayList<>();
		if (items == null) {
			return errorItems;
		}
		List<String> names = new ArrayList<>();
		for (JsonNode item : items) {
			accepts(item, "name", "classes");
			String name = item.get("name").asText();
			names.add(name);
			String classes = item.path("classes").asText();
			String width = name.equals("year") ? "govuk-input--width-4" : "govuk-input--width-2";
			assertThat(classes.replace(" govuk-input--error", "")).as("classes of " + name).isEqualTo(width);
			if (classes.contains("govuk-input--error")) {
				errorItems.add(name);
			}
		}
		assertThat(names).containsExactly("day", "month", "year");
		return errorItems;
	}

	/**
	 * Our submit buttons prevent double clicks unless told not to, where GOV.UK Frontend leaves the
	 * attribute out: the portal's forms must not be submitted twice by accident. Links have no such
	 * attribute.
	 */
	private static String expectedWithOurDefaults(String component, JsonNode options, String html) {
		if (!component.equals("button") || options.has("preventDoubleClick")) {
			return html;
		}
		var fragment = Jsoup.parseBodyFragment(html);
		fragment.select("button").attr("data-prevent-double-click", "true");
		return fragment.body().html();
	}

	private static void accepts(JsonNode options, String... names) {
		Set<String> known = Set.of(names);
		options.fieldNames()
			.forEachRemaining(name -> assertThat(known).as("option %s is not passed to our macro", name).contains(name));
	}

	private static Object textOrHtml(JsonNode node) {
		if (!node.has("html")) {
			return node.get("text").asText();
		}
		try {
			return HTMLOutputFormat.INSTANCE.fromMarkup(node.get("html").asText());
		}
		catch (TemplateModelException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A plain string where GOV.UK's cell is just text, the hash otherwise. */
	private static Object cell(JsonNode cell) {
		accepts(cell, "text", "format");
		return cell.has("format") ? JSON.convertValue(cell, Map.class) : cell.get("text").asText();
	}

	private static MacroCall call(String ftl, Map<String, Object> options, Object... more) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("o", options);
		for (int i = 0; i < more.length; i += 2) {
			model.put((String) more[i], more[i + 1]);
		}
		return new MacroCall(ftl, model);
	}

	private static String render(MacroCall call) throws IOException, TemplateException {
		return StandaloneTemplates.renderSource("<#import \"/govuk/_components.ftlh\" as govuk>" + call.ftl(), call.model());
	}

	private static Arguments fixture(String component, String name) {
		return Arguments.of(component, name);
	}

	private static JsonNode loadFixture(String component, String name) throws IOException {
		String path = WEBJARS.fullPath("govuk-frontend", "dist/govuk/components/" + component + "/fixtures.json");
		assertThat(path).as("fixtures of " + component).isNotNull();
		try (InputStream in = GovukMacrosTest.class.getClassLoader().getResourceAsStream(path)) {
			for (JsonNode fixture : JSON.readTree(in).get("fixtures")) {
				if (fixture.get("name").asText().equals(name)) {
					return fixture;
				}
			}
		}
		throw new AssertionError("GOV.UK Frontend has no fixture '" + name + "' for " + component);
	}

	/**
	 * The markup as a tree of elements with sorted attributes and trimmed text, then its text as
	 * a reader meets it (jsoup's normalised text, which keeps spaces between inline elements).
	 */
	static String canonical(String html) {
		var body = Jsoup.parseBodyFragment(html).body();
		var out = new StringBuilder();
		for (Node node : body.childNodes()) {
			write(node, out, 0);
		}
		return out.append("text: ").append(body.text()).toString();
	}

	private static void write(Node node, StringBuilder out, int depth) {
		String indent = "  ".repeat(depth);
		if (node instanceof Element element) {
			out.append(indent).append('<').append(element.tagName());
			element.attributes()
				.asList()
				.stream()
				.sorted((a, b) -> a.getKey().compareTo(b.getKey()))
				.forEach(attribute -> out.append(' ').append(attribute.getKey()).append("=\"").append(collapse(attribute)).append('"'));
			out.append(">\n");
			for (Node child : element.childNodes()) {
				write(child, out, depth + 1);
			}
			out.append(indent).append("</").append(element.tagName()).append(">\n");
		}
		else if (node instanceof TextNode text && !text.isBlank()) {
			out.append(indent).append('"').append(text.text().strip()).append("\"\n");
		}
	}

	private static String collapse(Attribute attribute) {
		return attribute.getValue().strip().replaceAll("\\s+", " ");
	}

}
