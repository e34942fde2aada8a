package org.plenary.export.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Series;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.text.LocalizedText;

/** A plenary written in YAML reads as the same plenary the builders make, and a bad file is refused where it is wrong. */
class PlenaryFileTest {

  /** A briefing: every field of the format once. */
  static final String BRIEFING = """
      version: 1
      title:
        en: Briefing on complementarity
        fr: Réunion d'information sur la complémentarité
      code: briefing
      subtitle: A subtitle
      session: Nineteenth session
      date: 2020-12-10
      start: 15:00
      budget: PT30M
      venue: {name: New York, zone: America/New_York}
      workingLanguages: [en, fr, es]
      constituencies:
        - id: funder
          label: {en: Funder, fr: Bailleur de fonds}
          plural: {en: Funders, fr: Bailleurs de fonds}
      delegations:
        - {id: chair, name: {en: The chair, fr: La présidence}, constituency: chair}
        - {id: NO, name: Norway, constituency: state-party}
        - {id: fund, name: A fund, constituency: funder}
      chairs: [chair]
      registration: {address: secretariat@example.org, deadline: 2020-12-08}
      acknowledgements: [Thanks to the fund.]
      themes:
        - {id: arrests, title: {en: Arrests, fr: Les arrestations}}
      segments:
        - id: opening
          title: {en: Opening, fr: Ouverture}
          interventions:
            - {id: open, speaker: chair, duration: PT5M, fixed: true}
        - id: floor
          title: "The floor: States and others"
          objective: Views.
          allotment: PT20M
          gapBefore: PT1M
          takesRequests: true
          interventions:
            - id: norway
              speaker: {delegation: NO, name: A. Minister, function: {en: Minister, fr: Ministre}, rank: minister}
              onBehalfOf: fund
              duration: PT4M
              language: fr
              theme: arrests
              title: Norway's view
      """;

  static Plenary briefing() {
    Delegation chair = Delegation.of("chair", LocalizedText.of("The chair", "La présidence"), Constituency.CHAIR);
    Constituency funder = Constituency.of("funder", LocalizedText.of("Funder", "Bailleur de fonds"),
        LocalizedText.of("Funders", "Bailleurs de fonds"));
    Theme arrests = Theme.of("arrests", LocalizedText.of("Arrests", "Les arrestations"));
    return Plenary.builder()
        .title(LocalizedText.of("Briefing on complementarity", "Réunion d'information sur la complémentarité"))
        .code("briefing").subtitle(LocalizedText.of("A subtitle")).session(LocalizedText.of("Nineteenth session"))
        .date(LocalDate.of(2020, 12, 10)).start(LocalTime.of(15, 0)).budget(Duration.ofMinutes(30))
        .venue(Venue.of(LocalizedText.of("New York"), ZoneId.of("America/New_York")))
        .workingLanguages(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")))
        .addChairs(Speaker.of(chair))
        .registration(Registration.of("secretariat@example.org", LocalDate.of(2020, 12, 8)))
        .addAcknowledgements(LocalizedText.of("Thanks to the fund."))
        .addThemes(arrests)
        .addSegments(
            Segment.builder().id("opening").title(LocalizedText.of("Opening", "Ouverture"))
                .addInterventions(Intervention.builder().id("open").speaker(Speaker.of(chair))
                    .duration(Duration.ofMinutes(5)).fixed(true).build()).build(),
            Segment.builder().id("floor").title(LocalizedText.of("The floor: States and others"))
                .objective(LocalizedText.of("Views.")).allotment(Duration.ofMinutes(20)).gapBefore(Duration.ofMinutes(1))
                .takesRequests(true)
                .addInterventions(Intervention.builder().id("norway")
                    .speaker(Speaker.builder().delegation(Delegation.of("NO", "Norway", Constituency.STATE_PARTY))
                        .name("A. Minister").function(LocalizedText.of("Minister", "Ministre"))
                        .rank(ProtocolRank.MINISTER).build())
                    .onBehalfOf(Delegation.of("fund", "A fund", funder)).duration(Duration.ofMinutes(4))
                    .language(Locale.FRENCH).theme(arrests).title(LocalizedText.of("Norway's view")).build())
                .build())
        .build();
  }

  private static Plenary plenary(String yaml) {
    return PlenaryFile.plenary(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static Series series(String yaml) {
    return PlenaryFile.series(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void readsThePlenaryTheBuildersMake(@TempDir Path dir) throws Exception {
    Plenary read = plenary(BRIEFING);
    assertThat(read).isEqualTo(briefing());
    assertThat(read.segments().get(1).interventions().get(0).onBehalfOf().orElseThrow().constituency().plural()
        .in(Locale.FRENCH)).isEqualTo("Bailleurs de fonds");
    Path file = dir.resolve("briefing.yaml");
    Files.writeString(file, BRIEFING, StandardCharsets.UTF_8);
    assertThat(PlenaryFile.plenary(file)).isEqualTo(briefing());
    assertThat(PlenaryFile.series(file)).isEqualTo(Series.of(List.of(briefing())));
  }

  static final String SERIES = """
      title: Debate
      session: Session
      venue: {name: The Hague, zone: Europe/Amsterdam}
      budget: PT3H
      delegations: [{id: president, name: The President, constituency: chair}]
      segments:
        - {id: opening, title: Opening, interventions: [{id: opening, speaker: president, duration: PT5M, fixed: true}]}
        - {id: debate, title: Debate, takesRequests: true}
      meetings:
        - {date: 2019-12-02, start: 10:00}
        - {date: 2019-12-02, start: 15:00, budget: PT2H}
      """;

  @Test
  void aSeriesRepeatsThePlenaryEachMeetingReplacingWhatItGives() {
    Series s = series(SERIES);
    assertThat(s.meetings()).hasSize(2);
    assertThat(s.meeting(0).start()).isEqualTo(LocalTime.of(10, 0));
    assertThat(s.meeting(0).budget()).isEqualTo(Duration.ofHours(3));
    assertThat(s.meeting(1).budget()).isEqualTo(Duration.ofHours(2));
    assertThat(s.meeting(1).segments()).isEqualTo(s.meeting(0).segments());
    assertThat(s.meeting(1).title()).isEqualTo(LocalizedText.of("Debate"));
    assertThatThrownBy(() -> plenary(SERIES)).isInstanceOf(PlenaryFileException.class)
        .hasMessage("test.yaml, line 10, column 3: meetings: lists 2 meetings: read the file as a series");
    assertThatThrownBy(() -> series(SERIES.replace("start: 15:00", "start: 11:00")))
        .hasMessage("test.yaml, line 10, column 3: meetings: meeting 2 (2019-12-02 11:00) starts before meeting 1 "
            + "(2019-12-02 10:00) ends at 2019-12-02T12:00:00Z; meetings run one after the other");
    assertThatThrownBy(() -> series(SERIES.replace("- {date: 2019-12-02, start: 10:00}", "- {date: 2019-12-02}")))
        .hasMessage("test.yaml, line 10, column 5: meetings[0].start: is missing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a duration in words    | budget: PT30M                  | budget: 30 minutes              | test.yaml, line 10, column 9: budget = '30 minutes': not an ISO-8601 duration such as PT3M or PT2H
      a date in words        | date: 2020-12-10               | date: 10 December               | test.yaml, line 8, column 7: date = '10 December': not a date such as 2019-12-05
      a time with a dot      | start: 15:00                   | start: 15.00                    | test.yaml, line 9, column 8: start = '15.00': not a time of day such as 10:00
      an unknown zone        | zone: America/New_York         | zone: America/Gotham            | test.yaml, line 11, column 31: venue.zone = 'America/Gotham': not a time zone such as Europe/Amsterdam
      a misspelt field       | subtitle: A subtitle           | subtitel: A subtitle            | test.yaml, line 6, column 1: subtitel: not a field of a plenary file; its fields are acknowledgements, budget, chairs, code, constituencies, date, delegations, listSegment, meetings, registration, segments, session, start, subtitle, themes, title, venue, version, workingLanguages
      a blank title          | session: Nineteenth session    | session: ' '                    | test.yaml, line 7, column 10: session = ' ': must not be blank
      a list for a text      | session: Nineteenth session    | session: [a, b]                 | test.yaml, line 7, column 10: session: is a list, not a text or a map of languages to texts (en: ..., fr: ...)
      an unknown delegation  | chairs: [chair]                | chairs: [chairs]                | test.yaml, line 21, column 10: chairs[0] = 'chairs': is not a delegation of the file; those under delegations are chair, NO, fund
      an unknown rank        | rank: minister                 | rank: secretary                 | test.yaml, line 39, column 100: segments[1].interventions[0].speaker.rank = 'secretary': is not a protocol rank; they are head-of-state, head-of-government, vice-president, minister, vice-minister, ambassador, other
      an unknown theme       | theme: arrests                 | theme: arrest                   | test.yaml, line 43, column 16: segments[1].interventions[0].theme = 'arrest': is not a theme of the plenary; they are arrests
      an unknown constituency| constituency: funder           | constituency: funders           | test.yaml, line 20, column 44: delegations[2].constituency = 'funders': is not a constituency; they are chair, civil-society, court, funder, international-organisation, observer-state, state-party, and those listed under constituencies
      a bad language         | language: fr                   | language: f_r                   | test.yaml, line 42, column 19: segments[1].interventions[0].language = 'f_r': not a BCP 47 language tag such as en, fr or zh-Hant
      a bad language key     | en: Opening, fr: Ouverture     | en: Opening, f r: Ouverture     | test.yaml, line 28, column 31: segments[0].title.f r = 'Ouverture': language 'f r' is not a BCP 47 language tag in its usual form, such as 'en', 'zh' or 'zh-Hant'
      a yes for true         | fixed: true                    | fixed: yes                      | test.yaml, line 30, column 59: segments[0].interventions[0].fixed = 'yes': is not true or false
      a negative duration    | duration: PT5M                 | duration: PT-5M                 | test.yaml, line 30, column 9: segments[0].interventions[0]: duration of intervention 'open' (PT-5M) must be positive
      a bad segment id       | id: opening                    | id: the opening                 | test.yaml, line 27, column 5: segments[0]: segment id 'the opening' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit
      a second version       | version: 1                     | version: 2                      | test.yaml, line 1, column 10: version = '2': this library reads version 1 of the format
      a twice-given field    | code: briefing                 | code: briefing\\ntitle: Again    | test.yaml, line 6, column 1: title: given twice (first at line 2)
      an alias               | chairs: [chair]                | chairs: [*chair]                | test.yaml, line 21, column 10: chairs[0] = '*chair': an alias; write the value itself, or name a delegation by its id
      not YAML               | chairs: [chair]                | chairs: [chair                  | test.yaml, line 22, column 13: chairs[0]: not YAML: expected ',' or ']', but got :
      a missing venue        | 'venue: {name: New York, zone: America/New_York}' | 'venue:'      | test.yaml, line 11, column 7: venue: is empty
      """)
  void aBadFileIsRefusedWithItsLineColumnFieldAndValue(String what, String good, String bad, String message) {
    String yaml = BRIEFING.replace(good.replace("\\n", "\n"), bad.replace("\\n", "\n"));
    assertThat(yaml).as(what).isNotEqualTo(BRIEFING);
    assertThatThrownBy(() -> plenary(yaml)).as(what).isInstanceOf(PlenaryFileException.class).hasMessage(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void theExceptionGivesItsPartsToPrograms() {
    PlenaryFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlenaryFileException.class,
        () -> plenary(BRIEFING.replace("budget: PT30M", "budget: 30 minutes")));
    assertThat(e.file()).isEqualTo("test.yaml");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.field()).isEqualTo("budget");
    assertThat(e.value()).contains("30 minutes");
    PlenaryFileException missing = org.assertj.core.api.Assertions.catchThrowableOfType(PlenaryFileException.class,
        () -> plenary(BRIEFING.replace("session: Nineteenth session\n", "")));
    assertThat(missing).hasMessage("test.yaml, line 1, column 1: session: is missing");
    assertThat(missing.value()).isEmpty();
    assertThatThrownBy(() -> plenary("")).hasMessage("test.yaml, line 1, column 1: the file is empty");
    assertThatThrownBy(() -> plenary("- a\n- b\n")).hasMessage("test.yaml, line 1, column 1: is a list, not a plenary file");
    assertThatThrownBy(() -> plenary(BRIEFING + "---\ntitle: more\n"))
        .hasMessage("test.yaml, line 46, column 1: a second YAML document; a plenary file holds one");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedWhereItsFirstForeignByteIsAndUtf16WithItsMarkIsRead() {
    String text = BRIEFING.replace("Briefing on complementarity", "Réunion");
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1); // one byte a character
    int offset = text.chars().takeWhile(c -> c < 0x80).toArray().length;
    String before = text.substring(0, offset);
    int lineNr = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = offset - before.lastIndexOf('\n');
    assertThatThrownBy(() -> PlenaryFile.plenary(new ByteArrayInputStream(latin1), "latin1.yaml"))
        .isInstanceOf(PlenaryFileException.class)
        .hasMessage("latin1.yaml, line " + lineNr + ", column " + column + ": not UTF-8: byte 0xE9 at offset "
            + offset + "; a plenary file is UTF-8 text (save it as UTF-8)");
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] utf16 = BRIEFING.getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = java.util.Arrays.copyOf(bom, bom.length + utf16.length);
    System.arraycopy(utf16, 0, marked, bom.length, utf16.length);
    assertThat(PlenaryFile.plenary(new ByteArrayInputStream(marked), "utf16.yaml")).isEqualTo(plenary(BRIEFING));
    byte[] utf8 = BRIEFING.getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[utf8.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withMark, 3, utf8.length);
    assertThat(PlenaryFile.plenary(new ByteArrayInputStream(withMark), "bom.yaml")).isEqualTo(plenary(BRIEFING));
  }

  @Test
  void aHostileValueIsShownOnOneLineAndCutShort() {
    String longName = "x".repeat(200);
    assertThatThrownBy(() -> plenary(BRIEFING.replace("zone: America/New_York", "zone: \"Gotham\\n\\u202e" + longName + "\"")))
        .hasMessageNotContaining("\n")
        .hasMessageStartingWith("test.yaml, line 11, column 31: venue.zone = 'Gotham\\n\\u202E" + "x".repeat(72) + "…'");
  }

  private static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(PlenaryFile.schema());
  }

  @Test
  void theSchemaBesideTheReaderAcceptsItsFilesAndRefusesWhatItRefuses() throws Exception {
    YAMLMapper yaml = new YAMLMapper();
    assertThat(schema().validate(yaml.readTree(BRIEFING.replace("id: NO", "id: \"NO\"")
        .replace("speaker: {delegation: NO", "speaker: {delegation: \"NO\"")))).isEmpty();
    assertThat(schema().validate(yaml.readTree(SERIES))).isEmpty();
    JsonNode misspelt = yaml.readTree(BRIEFING.replace("subtitle:", "subtitel:"));
    assertThat(schema().validate(misspelt)).extracting(Object::toString).anyMatch(m -> m.contains("subtitel"));
    assertThat(schema().validate(yaml.readTree(BRIEFING.replace("budget: PT30M", "budget: 30 minutes"))))
        .extracting(Object::toString).anyMatch(m -> m.contains("budget"));
    assertThat(schema().validate(yaml.readTree(BRIEFING.replace("date: 2020-12-10\n", "")))).isNotEmpty();
    assertThat(schema().validate(yaml.readTree(SERIES.replace("session: Session\n", "")))).isNotEmpty();
    assertThat(new ObjectMapper().readTree(PlenaryFile.schema()).get("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
  }

  @Test
  void everyFieldTheReaderKnowsIsInTheSchema() throws Exception {
    JsonNode s = new ObjectMapper().readTree(PlenaryFile.schema());
    assertThat(s.get("properties").fieldNames()).toIterable().containsExactlyInAnyOrder("version", "constituencies",
        "delegations", "meetings", "title", "subtitle", "code", "session", "date", "start", "budget", "venue",
        "workingLanguages", "chairs", "registration", "listSegment", "acknowledgements", "themes", "segments");
    assertThat(s.at("/definitions/intervention/properties").fieldNames()).toIterable().containsExactlyInAnyOrder(
        "id", "speaker", "onBehalfOf", "duration", "language", "theme", "title", "fixed");
    assertThat(s.at("/definitions/segment/properties").fieldNames()).toIterable().containsExactlyInAnyOrder(
        "id", "title", "objective", "allotment", "takesRequests", "gapBefore", "interventions");
    assertThat(Map.of("rank", s.at("/definitions/speaker/oneOf/1/properties/rank/enum").size()))
        .containsEntry("rank", ProtocolRank.values().length);
  }
}
