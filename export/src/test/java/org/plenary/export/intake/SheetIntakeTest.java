package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.request.RequestToSpeak;

class SheetIntakeTest {

  private static IntakeResult read(String csv, String settings) {
    return read(csv.getBytes(StandardCharsets.UTF_8), settings);
  }

  private static IntakeResult read(byte[] csv, String settings) {
    return SheetIntake.of(Intakes.plenary(), Intakes.directory(), Intakes.settings(settings))
        .read(new ByteArrayInputStream(csv), "requests.csv");
  }

  @Test
  void anEnglishSheetWithCommasGivesRequestsInOrderOfReceipt() {
    IntakeResult r = read("""
        delegation,received,speaker,function,segment,rank
        KEN,2019-11-26T10:00:00Z,Ms Jane Wanjiru,"Ambassador, Permanent Representative",floor,Ambassador
        NLD,2019-11-25T10:00:00+01:00,,,high-level,Minister
        info@cicc.example,2019-11-27T08:30:00Z,,,The floor,
        """, "");
    assertThat(r.requests()).extracting(RequestToSpeak::id).containsExactly("high-level-1", "floor-1", "floor-2");
    RequestToSpeak kenya = r.requests().get(1);
    assertThat(kenya.speaker().name()).contains("Ms Jane Wanjiru");
    assertThat(kenya.speaker().function().orElseThrow().english()).isEqualTo("Ambassador, Permanent Representative");
    assertThat(kenya.speaker().rank()).isEqualTo(ProtocolRank.AMBASSADOR);
    assertThat(r.requests().get(0).received()).isEqualTo(Instant.parse("2019-11-25T09:00:00Z"));
    assertThat(r.entries()).extracting(IntakeEntry::source)
        .containsExactly("requests.csv:2", "requests.csv:3", "requests.csv:4");
    assertThat(r.count(Outcome.REQUEST)).isEqualTo(3);
  }

  @Test
  void aFrenchSheetWithSemicolonsABomAndItsOwnHeadingsIsMapped() {
    byte[] csv = ("\uFEFFDélégation;Reçu le;Orateur;Segment\n"
        + "KEN;25/11/2019 10:15;M. Jean Dupont;Débat\n"
        + "NLD;2019-11-26 09:00;;Interventions de haut niveau\n").getBytes(StandardCharsets.UTF_8);
    IntakeResult r = read(csv, """
        sheet.column.delegation = Délégation
        sheet.column.received = Reçu le
        sheet.column.speaker = Orateur
        sheet.zone = Europe/Amsterdam
        """);
    assertThat(r.review()).isEmpty();
    assertThat(r.requests()).extracting(RequestToSpeak::received)
        .containsExactly(Instant.parse("2019-11-25T09:15:00Z"), Instant.parse("2019-11-26T08:00:00Z"));
    assertThat(r.requests().get(0).speaker().name()).contains("M. Jean Dupont");
  }

  @Test
  void aBadRowGoesToReviewWithItsRowColumnAndValueAndTheRestIsRead() {
    IntakeResult r = read("""
        delegation,received,segment
        KEN,2019-11-26T10:00:00Z,floor
        XYZ,2019-11-26T10:00:00Z,floor
        NLD,tomorrow,floor
        NLD,2019-11-26T10:00:00Z,the bar
        ,2019-11-26T10:00:00Z,floor
        CICC,2019-11-26 10:00,floor
        NLD,2019-11-26T11:00:00Z,
        """, "");
    assertThat(r.requests()).hasSize(1);
    assertThat(r.review()).hasSize(6).allSatisfy(e -> assertThat(e.reason()).contains(Reason.BAD_ROW));
    assertThat(r.review()).extracting(e -> e.reason().orElseThrow().describe(Locale.ENGLISH, e.detail())).containsExactly(
        "Row 3, column \"delegation\": \"XYZ\" is not a delegation of the directory.",
        "Row 4, column \"received\": \"tomorrow\" is not a date and time.",
        "Row 5, column \"segment\": \"the bar\" is not a segment that takes requests.",
        "Row 6, column \"delegation\": no value.",
        "Row 7, column \"received\": \"2019-11-26 10:00\" is not a date and time.",
        "Row 8, column \"segment\": no value.");
    IntakeEntry first = r.review().get(0);
    assertThat(first.reason().orElseThrow().describe(Locale.FRENCH, first.detail()))
        .isEqualTo("Ligne 3, colonne « delegation » : « XYZ » n'est pas une délégation de l'annuaire.");
    assertThat(first.source()).isEqualTo("requests.csv:3");
  }

  @Test
  void aSheetWithoutTheRequiredColumnsIsRefusedNamingThem() {
    assertThatThrownBy(() -> read("who,when\nKEN,2019-11-26T10:00:00Z\n", ""))
        .isInstanceOf(IntakeException.class)
        .hasMessage("requests.csv: no column 'delegation' (sheet.column.delegation) among [who, when]");
  }

  @Test
  void anActionColumnCancelsAndReplacesInOrderOfReceipt() {
    IntakeResult r = read("""
        delegation;received;speaker;segment;action
        KEN;2019-11-26T10:00:00Z;Ms Jane Wanjiru;floor;
        NLD;2019-11-26T11:00:00Z;;floor;
        KEN;2019-11-27T10:00:00Z;Mr John Otieno;;Remplacement
        NLD;2019-11-27T12:00:00Z;;;Annulation
        CICC;2019-11-27T12:00:00Z;;floor;cancel and replace
        """, "replacement = go-to-end");
    assertThat(r.entries()).extracting(IntakeEntry::outcome).containsExactly(Outcome.REQUEST, Outcome.REQUEST,
        Outcome.REPLACEMENT, Outcome.CANCELLATION, Outcome.REVIEW);
    assertThat(r.requests()).singleElement().satisfies(q -> {
      assertThat(q.speaker().name()).contains("Mr John Otieno");
      assertThat(q.received()).isEqualTo(Instant.parse("2019-11-27T10:00:00Z"));
      assertThat(q.segment()).isEqualTo("floor");
    });
    IntakeEntry bad = r.review().get(0);
    assertThat(bad.reason().orElseThrow().describe(Locale.FRENCH, bad.detail())).isEqualTo("Ligne 6, colonne « action » : "
        + "« cancel and replace » n'est pas une seule action : annulation ou remplacement.");
  }

  @Test
  void aTabDelimiterSetAsBackslashTIsHonoured() {
    IntakeSettings settings = Intakes.settings("sheet.delimiter = \\t\n");
    assertThat(settings.delimiter()).contains('\t');
    IntakeResult r = read("delegation\treceived\tspeaker, function\tsegment\n"
        + "KEN\t2019-11-26T10:00:00Z\tMs Jane Wanjiru, Ambassador\tfloor\n", "sheet.delimiter = \\t\n");
    assertThat(r.review()).isEmpty();
    assertThat(r.requests()).singleElement()
        .satisfies(q -> assertThat(q.speaker().delegation().id()).isEqualTo("KEN"));
  }

  @Test
  void rowsCarryTheDesksChannelNotEmail() {
    String csv = """
        delegation,received,segment
        KEN,2019-11-26T10:00:00Z,floor
        NLD,2019-11-26T11:00:00Z,floor
        """;
    assertThat(read(csv, "").requests()).extracting(RequestToSpeak::channel)
        .containsExactly(org.plenary.core.request.RequestToSpeak.Channel.IN_PERSON, org.plenary.core.request.RequestToSpeak.Channel.IN_PERSON);
    assertThat(read(csv, "sheet.channel = online").requests()).extracting(RequestToSpeak::channel)
        .containsOnly(org.plenary.core.request.RequestToSpeak.Channel.ONLINE);
  }

  @Test
  void rowNumbersAreThoseOfTheFileAfterACellWithLineBreaks() {
    IntakeResult r = read("""
        delegation,received,function,segment
        KEN,2019-11-26T10:00:00Z,"Ambassador
        Permanent Representative",floor
        XYZ,2019-11-26T11:00:00Z,,floor

        NLD,tomorrow,,floor
        """, "");
    assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.speaker().function().orElseThrow().english())
        .isEqualTo("Ambassador Permanent Representative"));
    assertThat(r.entries()).extracting(IntakeEntry::source)
        .containsExactly("requests.csv:2", "requests.csv:4", "requests.csv:6");
    assertThat(r.review()).extracting(e -> e.reason().orElseThrow().describe(Locale.ENGLISH, e.detail())).containsExactly(
        "Row 4, column \"delegation\": \"XYZ\" is not a delegation of the directory.",
        "Row 6, column \"received\": \"tomorrow\" is not a date and time.");
  }
}
