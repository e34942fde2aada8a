package org.plenary.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Fixtures;

class PlanJsonTest {

  private static final PlanJson JSON = new PlanJson();

  private static Plan read(String text) throws Exception {
    return PlanJson.read(Fixtures.in(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void exportImportExportGivesTheSameBytes() throws Exception {
    Timetable t = Fixtures.sample(25);
    byte[] first = JSON.toBytes(t, ExportOptions.english());
    Plan back = PlanJson.read(Fixtures.in(first));
    assertThat(back).isEqualTo(t.plan());
    assertThat(JSON.toBytes(back.timetable(), ExportOptions.english())).isEqualTo(first);
  }

  @Test
  void theSegmentTheListFeedsReadsBackAndABadOneGetsItsPointer() throws Exception {
    String json = new String(JSON.toBytes(Fixtures.sample(2), ExportOptions.english()), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("listSegment");
    String named = json.replaceFirst("\"registration\"", "\"listSegment\" : \"floor\",\n    \"registration\"");
    assertThat(named).isNotEqualTo(json);
    Plan back = read(named);
    assertThat(back.plenary().listSegment()).contains("floor");
    assertThat(new String(JSON.toBytes(back.timetable(), ExportOptions.english()), StandardCharsets.UTF_8))
        .isEqualTo(named);
    assertThatThrownBy(() -> read(named.replace("\"listSegment\" : \"floor\"", "\"listSegment\" : \"opening\"")))
        .isInstanceOf(PlanImportException.class)
        .hasMessage("/plenary: listSegment 'opening' must name a segment that takes requests: [floor]");
  }

  @Test
  void theLanguageDoesNotChangeTheJson() {
    Timetable t = Fixtures.sample(3);
    assertThat(JSON.toBytes(t, ExportOptions.in(java.util.Locale.FRENCH)))
        .isEqualTo(JSON.toBytes(t, ExportOptions.english()));
  }

  @Test
  void malformedJsonGetsItsLineAndColumn() {
    assertThatThrownBy(() -> read("{\n  \"format\": \"plenary-plan\",\n  \"version\": 1,,\n}"))
        .isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("line 3, column 16: ")
        .satisfies(e -> assertThat(((PlanImportException) e).location()).isEqualTo("line 3, column 16"));
    assertThatThrownBy(() -> read("")).hasMessage("line 1, column 1: the input is empty");
  }

  @Test
  void eachStatusOfTheWaitingListReadsBackAndOneThatContradictsItsDecisionIsRefused() throws Exception {
    Plan plan = Fixtures.sample(25).plan();
    assertThat(plan.waitingList()).isNotEmpty();
    WaitingEntry first = plan.waitingList().get(0);
    Decision carried = Decision.of(Decision.Kind.CARRIED_OVER, "series", LocalizedText.of("Carried over."));
    Decision refused = Decision.of(Decision.Kind.REFUSED, "once", LocalizedText.of("Twice."));
    List<WaitingEntry> entries = new ArrayList<>(plan.waitingList());
    entries.set(0, WaitingEntry.of(first.segment(), first.speech(), List.of(carried)));
    entries.add(1, WaitingEntry.of(first.segment(), RequestToSpeak.builder().from(first.request().orElseThrow())
        .id("twice").build(), List.of(refused)));
    Plan mixed = Plan.builder().from(plan).waitingList(entries).build();
    String json = new String(JSON.toBytes(mixed.timetable(), ExportOptions.english()), StandardCharsets.UTF_8);
    assertThat(json).contains("\"status\" : \"carried_over\"", "\"status\" : \"refused\"",
        "\"status\" : \"waiting\"");
    assertThat(read(json)).isEqualTo(mixed);

    String unknown = json.replaceFirst("\"status\" : \"carried_over\"", "\"status\" : \"gone\"");
    assertThatThrownBy(() -> read(unknown)).isInstanceOf(PlanImportException.class)
        .hasMessage("/plan/waitingList/0/status: 'gone' is not one of [waiting, refused, carried_over]");
    String contradicts = json.replaceFirst("\"status\" : \"carried_over\"", "\"status\" : \"Waiting\"");
    assertThatThrownBy(() -> read(contradicts)).isInstanceOf(PlanImportException.class)
        .hasMessage("/plan/waitingList/0/status: is 'Waiting', but the decision that keeps it out says 'carried_over'");
  }

  @Test
  void aBadValueGetsItsJsonPointer() throws Exception {
    String json = new String(JSON.toBytes(Fixtures.sample(2), ExportOptions.english()), StandardCharsets.UTF_8);
    String bad = json.replaceFirst("\"duration\" : \"PT5M\"", "\"duration\" : \"PT-5M\"");
    assertThat(bad).isNotEqualTo(json);
    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(PlanImportException.class)
        .hasMessage("/plenary/segments/0/interventions/0: duration of intervention 'open' (PT-5M) must be positive");
    String missing = json.replaceFirst("\"zone\" : \"Europe/Amsterdam\",", "");
    assertThatThrownBy(() -> read(missing)).hasMessage("/plenary/zone: is missing");
    String unknownZone = json.replaceFirst("Europe/Amsterdam", "Europe/Atlantis");
    assertThatThrownBy(() -> read(unknownZone)).hasMessageStartingWith("/plenary/zone: 'Europe/Atlantis' cannot be read");
  }

  @Test
  void aFileFromANewerVersionIsRefused() throws Exception {
    String json = new String(JSON.toBytes(Fixtures.sample(1), ExportOptions.english()), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(json.replaceFirst("\"version\" : 2", "\"version\" : 3")))
        .isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("/version: is 3: the file comes from a newer version of Plenary");
    assertThatThrownBy(() -> read(json.replaceFirst("\"version\" : 2", "\"version\" : 1")))
        .isInstanceOf(PlanImportException.class)
        .hasMessage("/version: is 1: the file comes from an earlier version of Plenary, whose plans did not "
            + "record their decisions; plan the plenary again");
    assertThatThrownBy(() -> read(json.replaceFirst("plenary-plan", "something-else")))
        .hasMessage("/format: is 'something-else', not 'plenary-plan'");
  }

  @Test
  void refusesDuplicateKeys() {
    assertThatThrownBy(() -> read("{\"format\": \"plenary-plan\", \"format\": \"x\"}"))
        .isInstanceOf(PlanImportException.class).hasMessageContaining("Duplicate field 'format'");
  }
}
