package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.request.RequestToSpeak;

class CombinedIntakeTest {

  @TempDir
  Path dir;

  @Test
  void aMailboxAndASpreadsheetMakeOneListInOrderOfReceipt() throws IOException {
    Instant at = Instant.parse("2019-11-25T09:00:00Z");
    Path folder = Files.createDirectory(dir.resolve("inbox"));
    Intakes.folder(folder, List.of(
        Mail.from("mission@kenya.example").id("<k@x>").received(at, ZoneOffset.UTC).body("Segment: floor"),
        Mail.from("desk@minbuza.example").id("<c@x>").received(at.plusSeconds(7200), ZoneOffset.UTC)
            .subject("Cancellation of our request")));
    Path mbox = Mail.mbox(dir.resolve("old.mbox"), List.of(
        Mail.from("mission@kenya.example").id("<k@x>").received(at, ZoneOffset.UTC).body("Segment: floor")));
    Path sheet = Files.writeString(dir.resolve("desk.csv"), """
        delegation,received,segment
        NLD,2019-11-25T09:30:00Z,floor
        CICC,2019-11-25T08:00:00Z,floor
        """);
    IntakeResult r = CombinedIntake.of(Intakes.plenary(), Intakes.directory(), IntakeSettings.defaults())
        .read(List.of(folder, sheet, mbox));

    assertThat(r.entries()).extracting(IntakeEntry::source).containsExactly("01.eml", "02.eml", "desk.csv:2", "desk.csv:3");
    assertThat(r.entries()).extracting(IntakeEntry::outcome).containsExactly(Outcome.REQUEST, Outcome.CANCELLATION,
        Outcome.REQUEST, Outcome.REQUEST);
    assertThat(r.duplicates()).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo("old.mbox, message 1"));
    assertThat(r.requests()).extracting(q -> q.speaker().delegation().id()).containsExactly("CICC", "KEN");
    assertThat(r.requests()).extracting(RequestToSpeak::id).containsExactly("floor-1", "floor-2");
    assertThat(r.entries().get(2).notes()).singleElement().satisfies(n -> assertThat(n.english()).isEqualTo("Cancelled by 02.eml."));
  }
}
