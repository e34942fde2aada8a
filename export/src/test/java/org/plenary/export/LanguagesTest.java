package org.plenary.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.core.plan.Timetable;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.agenda.HtmlAgenda;
import org.plenary.export.ical.PlenaryCalendar;
import org.plenary.export.internal.Messages;
import org.plenary.export.internal.Texts;
import org.plenary.export.runsheet.RunSheet;
import org.plenary.export.svg.SvgTimeline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The exports in the six official languages: complete words, direction, width and language tags. */
class LanguagesTest {

  static List<Locale> languages() {
    return LocalizedText.OFFICIAL_LANGUAGES;
  }

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  @ParameterizedTest
  @MethodSource("languages")
  void theExportersWordsAreCompleteWithEnglishsPlaceholders(Locale language) {
    assertThat(Messages.EXPORT.differences(language)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void countsArePluralInEachLanguagesWay(Locale language) {
    StringBuilder written = new StringBuilder();
    for (int n : new int[] {0, 1, 2, 3, 5, 11, 21, 100}) {
      written.append(Messages.EXPORT.format(language, "now.then", n, "a", "b")).append(" | ");
    }
    String expected = switch (language.getLanguage()) {
      case "en" -> "Nobody after that; projected end a, hard end b. | Then one more speaker; projected end a, hard end b."
          + " | Then 2 more speakers; projected end a, hard end b. | Then 3 more speakers; projected end a, hard end b."
          + " | Then 5 more speakers; projected end a, hard end b. | Then 11 more speakers; projected end a, hard end b."
          + " | Then 21 more speakers; projected end a, hard end b. | Then 100 more speakers; projected end a, hard"
          + " end b. | ";
      case "fr" -> "Personne après ; fin prévue à a, fin impérative à b. | Puis un autre orateur ; fin prévue à a, fin"
          + " impérative à b. | Puis 2 autres orateurs ; fin prévue à a, fin impérative à b. | Puis 3 autres orateurs ;"
          + " fin prévue à a, fin impérative à b. | Puis 5 autres orateurs ; fin prévue à a, fin impérative à b. |"
          + " Puis 11 autres orateurs ; fin prévue à a, fin impérative à b. | Puis 21 autres orateurs ; fin prévue à a,"
          + " fin impérative à b. | Puis 100 autres orateurs ; fin prévue à a, fin impérative à b. | ";
      case "es" -> "Nadie más después; fin prevista a las a, fin obligatoria a las b. | Después, un orador más; fin"
          + " prevista a las a, fin obligatoria a las b. | Después, 2 oradores más; fin prevista a las a, fin"
          + " obligatoria a las b. | Después, 3 oradores más; fin prevista a las a, fin obligatoria a las b. |"
          + " Después, 5 oradores más; fin prevista a las a, fin obligatoria a las b. | Después, 11 oradores más;"
          + " fin prevista a las a, fin obligatoria a las b. | Después, 21 oradores más; fin prevista a las a, fin"
          + " obligatoria a las b. | Después, 100 oradores más; fin prevista a las a, fin obligatoria a las b. | ";
      case "ru" -> "Больше ораторов нет; прогноз окончания a, обязательное окончание b. | Затем ещё 1 оратор; прогноз"
          + " окончания a, обязательное окончание b. | Затем ещё 2 оратора; прогноз окончания a, обязательное"
          + " окончание b. | Затем ещё 3 оратора; прогноз окончания a, обязательное окончание b. | Затем ещё 5"
          + " ораторов; прогноз окончания a, обязательное окончание b. | Затем ещё 11 ораторов; прогноз окончания a,"
          + " обязательное окончание b. | Затем ещё 21 оратор; прогноз окончания a, обязательное окончание b. |"
          + " Затем ещё 100 ораторов; прогноз окончания a, обязательное окончание b. | ";
      case "zh" -> "其后无人；预计结束a，硬性结束b。 | 其后还有1名发言者；预计结束a，硬性结束b。 | 其后还有2名发言者；预计结束a，硬性结束b。 |"
          + " 其后还有3名发言者；预计结束a，硬性结束b。 | 其后还有5名发言者；预计结束a，硬性结束b。 |"
          + " 其后还有11名发言者；预计结束a，硬性结束b。 | 其后还有21名发言者；预计结束a，硬性结束b。 |"
          + " 其后还有100名发言者；预计结束a，硬性结束b。 | ";
      case "ar" -> "لا أحد بعد ذلك؛ الانتهاء المتوقع a، والانتهاء الملزم b. | ثم متكلم واحد آخر؛ الانتهاء المتوقع a،"
          + " والانتهاء الملزم b. | ثم متكلمان آخران؛ الانتهاء المتوقع a، والانتهاء الملزم b. | ثم 3 متكلمين"
          + " آخرين؛ الانتهاء المتوقع a، والانتهاء الملزم b. | ثم 5 متكلمين آخرين؛ الانتهاء المتوقع a، والانتهاء"
          + " الملزم b. | ثم 11 متكلماً آخر؛ الانتهاء المتوقع a، والانتهاء الملزم b. | ثم 21 متكلماً آخر؛ الانتهاء"
          + " المتوقع a، والانتهاء الملزم b. | ثم 100 متكلم آخر؛ الانتهاء المتوقع a، والانتهاء الملزم b. | ";
      default -> throw new AssertionError(language);
    };
    assertThat(written.toString()).isEqualTo(expected);
  }

  @Test
  void wideCharactersTakeTwoColumnsAndMarksNone() {
    assertThat(Texts.width("Kenya")).isEqualTo(5);
    assertThat(Texts.width("Кения, Ελλάδα")).isEqualTo(13);
    assertThat(Texts.width("a\u00adb")).isEqualTo(2);
    assertThat(Texts.width("中华人民共和国")).isEqualTo(14);
    assertThat(Texts.width("e\u0301")).isEqualTo(1);
    assertThat(Texts.width("\u2068مرحبا\u2069")).isEqualTo(5);
    assertThat(Texts.width("😀")).isEqualTo(2);
    assertThat(Texts.shorten("中华人民共和国常驻代表", 9)).isEqualTo("中华人民\u2026");
    assertThat(Texts.fit("中国", 6)).isEqualTo("中国  ");
    assertThat(Texts.fitRight("3分钟", 9)).isEqualTo("    3分钟");
  }

  @Test
  void theChineseRunSheetsColumnsLineUpByDisplayWidth() {
    String sheet = new RunSheet().toText(Fixtures.sample(6), ExportOptions.in(Locale.CHINESE));
    List<String> rows = sheet.lines().filter(l -> l.matches("\\d\\d:\\d\\d  .*")).toList();
    assertThat(rows).hasSizeGreaterThan(3);
    int width = Texts.width(rows.get(0));
    for (String row : rows) {
      assertThat(Texts.width(row)).as(row).isEqualTo(width);
      assertThat(cumulativeEnds(row)).as(row).isEqualTo(cumulativeEnds(rows.get(0)));
    }
    assertThat(sheet).contains("主席流程表").contains("分钟");
  }

  /** The column at which the cumulative time (the second clock figure of a row) ends. */
  private static int cumulativeEnds(String row) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+:\\d\\d").matcher(row);
    assertThat(m.find() && m.find()).as(row).isTrue();
    return Texts.width(row.substring(0, m.end()));
  }

  @Test
  void theArabicRunSheetReadsFromTheRightOnEveryLine() {
    String sheet = new RunSheet().toText(Fixtures.sample(6), ExportOptions.in(ARABIC));
    assertThat(sheet.lines().filter(l -> !l.isEmpty())).allMatch(l -> l.startsWith("\u200F"));
    assertThat(sheet).contains("ورقة سير الجلسة للرئاسة").contains("\u2068");
    String english = new RunSheet().toText(Fixtures.sample(6), ExportOptions.english());
    assertThat(english).doesNotContain("\u200F").doesNotContain("\u2068");
  }

  @Test
  void theArabicHtmlAgendaIsRightToLeftWithNamesIsolated() {
    byte[] html = new HtmlAgenda().toBytes(Fixtures.sample(6), ExportOptions.in(ARABIC));
    org.jsoup.nodes.Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    assertThat(doc.select("html").attr("lang")).isEqualTo("ar");
    assertThat(doc.select("html").attr("dir")).isEqualTo("rtl");
    assertThat(doc.select("td bdi")).isNotEmpty();
    assertThat(doc.select("h2").eachText()).contains("البرنامج");
    org.jsoup.nodes.Document chinese = Jsoup.parse(new String(new HtmlAgenda().toBytes(Fixtures.sample(6),
        ExportOptions.in(Locale.CHINESE)), StandardCharsets.UTF_8));
    assertThat(chinese.select("html").attr("lang")).isEqualTo("zh");
    assertThat(chinese.select("html").attr("dir")).isEqualTo("ltr");
  }

  @Test
  void theArabicTimelineIsTheMirrorImageOfTheEnglishOne() throws Exception {
    Timetable t = Fixtures.sample(6);
    Document en = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Fixtures.in(new SvgTimeline().toBytes(t, ExportOptions.english())));
    Document ar = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Fixtures.in(new SvgTimeline().toBytes(t, ExportOptions.in(ARABIC))));
    assertThat(ar.getDocumentElement().getAttribute("direction")).isEqualTo("rtl");
    assertThat(ar.getDocumentElement().getAttribute("xml:lang")).isEqualTo("ar");
    assertThat(en.getDocumentElement().getAttribute("direction")).isEqualTo("ltr");
    var enRects = en.getElementsByTagName("rect");
    var arRects = ar.getElementsByTagName("rect");
    assertThat(arRects.getLength()).isEqualTo(enRects.getLength()).isPositive();
    for (int i = 0; i < enRects.getLength(); i++) {
      Element e = (Element) enRects.item(i);
      Element a = (Element) arRects.item(i);
      double right = Double.parseDouble(e.getAttribute("x")) + Double.parseDouble(e.getAttribute("width"));
      assertThat(Double.parseDouble(a.getAttribute("x"))).isCloseTo(960 - right, org.assertj.core.data.Offset.offset(0.11));
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyCalendarTextSaysItsLanguage(Locale language) throws Exception {
    byte[] ics = new PlenaryCalendar().toBytes(Fixtures.sample(6), ExportOptions.in(language));
    Calendar cal = new CalendarBuilder().build(Fixtures.in(ics));
    assertThat(cal.validate().hasErrors()).isFalse();
    // The sample's titles and venue are in English and French only: other languages fall back to English.
    String written = language.getLanguage().equals("fr") ? "fr" : "en";
    for (VEvent e : cal.<VEvent>getComponents(Component.VEVENT)) {
      assertThat(e.getSummary().getParameter(Parameter.LANGUAGE).orElseThrow().getValue()).isEqualTo(written);
      assertThat(e.getLocation().getParameter(Parameter.LANGUAGE).orElseThrow().getValue()).isEqualTo(written);
    }
    List<VEvent> interventions = new CalendarBuilder().build(Fixtures.in(new PlenaryCalendar().toBytes(
        Fixtures.sample(6), ExportOptions.in(language).withInterventionEvents(true)))).<VEvent>getComponents(
        Component.VEVENT).stream().filter(e -> e.getUid().orElseThrow().getValue().contains(".intervention.")).toList();
    assertThat(interventions).hasSizeGreaterThan(3).allSatisfy(e -> assertThat(e.getSummary()
        .getParameter(Parameter.LANGUAGE).orElseThrow().getValue())
        .as("a speaker's label is written in the reader's language").isEqualTo(language.toLanguageTag()));
  }
}
