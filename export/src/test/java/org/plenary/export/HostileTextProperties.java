package org.plenary.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.agenda.HtmlAgenda;
import org.plenary.export.agenda.MarkdownAgenda;
import org.plenary.export.csv.SpeakersCsv;
import org.plenary.export.frab.FrabJson;
import org.plenary.export.frab.FrabXml;
import org.plenary.export.ical.PlenaryCalendar;
import org.plenary.export.internal.Texts;
import org.plenary.export.json.PlanJson;
import org.plenary.export.runsheet.RunSheet;
import org.plenary.export.svg.SvgTimeline;
import org.w3c.dom.Document;

/**
 * Names and titles pasted from e-mails: whatever they hold, every export in every official language
 * parses and gives them back.
 */
class HostileTextProperties {

  private static final List<String> TOKENS = List.of("\"", "'", "<", ">", "&", "&amp;", ",", ";", "|", "\n",
      "\r\n", "\t", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\\", "=", "+", "-", "@", "#", "*", "_",
      "[", "]", "(", ")", "`", "~", "!", "<script>alert(1)</script>", "]]>", "--", "😀", "👩🏽‍⚖️", "🇫🇷",
      "مرحبا", "שלום", "\u202e", "\u2066", "日本語", "é", "e\u0301", "Côte d'Ivoire", " ", "1.", "a", "Z",
      "\ufffe", "\ud800");

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> tokens = Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(40)
        .map(l -> String.join("", l));
    Arbitrary<String> long500 = Arbitraries.of(TOKENS).list().ofSize(500).map(l -> String.join("", l))
        .map(s -> s.substring(0, Math.min(s.length(), 500)));
    return Arbitraries.oneOf(tokens, long500).filter(s -> !s.isBlank() && !Texts.clean(s).isEmpty());
  }

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(LocalizedText.OFFICIAL_LANGUAGES);
  }

  private static String cleaned(String s) {
    return Texts.clean(s);
  }

  @Property(tries = 60)
  void markdownTablesGiveTheTextBack(@ForAll("hostile") String text, @ForAll("languages") Locale language) {
    byte[] md = new MarkdownAgenda().toBytes(Fixtures.hostile(text), ExportOptions.in(language));
    List<String> cells = org.plenary.export.agenda.AgendaTest.cells(md);
    assertThat(cells).contains(cleaned(text));
  }

  @Property(tries = 60)
  void htmlEscapesEverything(@ForAll("hostile") String text, @ForAll("languages") Locale language) {
    byte[] html = new HtmlAgenda().toBytes(Fixtures.hostile(text), ExportOptions.in(language));
    org.jsoup.nodes.Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("h1").first().wholeText()).isEqualTo(cleaned(text));
    assertThat(doc.select("td bdi").eachText()).isNotEmpty();
    assertThat(doc.select("td bdi").stream().map(e -> e.wholeText())).contains(cleaned(text));
  }

  @Property(tries = 60)
  void svgAndFrabXmlAreWellFormedAndValid(@ForAll("hostile") String text, @ForAll("languages") Locale language) throws Exception {
    Timetable t = Fixtures.hostile(text);
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Fixtures.in(new SvgTimeline().toBytes(t, ExportOptions.in(language))));
    String title = svg.getElementsByTagName("title").item(4).getTextContent();
    assertThat(title).startsWith((title.startsWith("\u2068") ? "\u2068" : "") + cleaned(text));
    if (Texts.isRightToLeft(language) || Texts.hasRightToLeft(cleaned(text))) {
      assertThat(title).as("a name is isolated from the figures after it").startsWith("\u2068");
    }
    byte[] xml = new FrabXml().toBytes(t, ExportOptions.in(language));
    org.plenary.export.frab.ScheduleSchemas.validXml(xml);
    Document frab = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Fixtures.in(xml));
    assertThat(frab.getElementsByTagName("track").item(3).getTextContent()).isEqualTo(cleaned(text));
  }

  @Property(tries = 60)
  void frabJsonIsValidAndGivesTheTextBack(@ForAll("hostile") String text, @ForAll("languages") Locale language) throws Exception {
    byte[] json = new FrabJson().toBytes(Fixtures.hostile(text), ExportOptions.in(language));
    assertThat(org.plenary.export.frab.ScheduleSchemas.jsonErrors(json)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode events = root.at("/schedule/conference/days/0/rooms").elements().next();
    assertThat(events.get(3).get("track").asText()).isEqualTo(cleaned(text));
  }

  @Property(tries = 60)
  void csvGivesTheTextBackNeutralised(@ForAll("hostile") String text, @ForAll("languages") Locale language) throws Exception {
    String csv = new SpeakersCsv().toText(Fixtures.hostile(text), ExportOptions.in(language));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.substring(1))).getRecords();
    String cell = rows.get(3).get(org.plenary.export.internal.Messages.EXPORT.format(language, "csv.delegation"));
    String clean = cleaned(text);
    String expected = "=+-@".indexOf(clean.charAt(0)) >= 0 ? "'" + clean : clean;
    assertThat(cell).isEqualTo(expected);
  }

  @Property(tries = 60)
  void jsonRoundTripsExactly(@ForAll("hostile") String text, @ForAll("languages") Locale language) throws Exception {
    Timetable t = Fixtures.hostile(text);
    byte[] json = new PlanJson().toBytes(t, ExportOptions.in(language));
    Plan back = PlanJson.read(Fixtures.in(json));
    assertThat(back).isEqualTo(t.plan());
    assertThat(new PlanJson().toBytes(back.timetable(), ExportOptions.in(language))).isEqualTo(json);
  }

  @Property(tries = 60)
  void icalendarParsesAndGivesTheTextBack(@ForAll("hostile") String text, @ForAll("languages") Locale language) throws Exception {
    byte[] ics = new PlenaryCalendar().toBytes(Fixtures.hostile(text), ExportOptions.in(language));
    for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    Calendar cal = new CalendarBuilder().build(Fixtures.in(ics));
    assertThat(cal.validate().hasErrors()).isFalse();
    VEvent floor = cal.<VEvent>getComponents(Component.VEVENT).get(2);
    assertThat(floor.getSummary().getValue()).isEqualTo(cleaned(text));
  }

  @Property(tries = 60)
  void runSheetLinesStayPlain(@ForAll("hostile") String text, @ForAll("languages") Locale language) {
    String sheet = new RunSheet().toText(Fixtures.hostile(text), ExportOptions.in(language));
    assertThat(sheet).doesNotContain("\r").doesNotContain("\u0000").doesNotContain("\t");
    assertThat(sheet).contains(Texts.shorten(text, 30).replace("\u2026", ""));
  }
}
