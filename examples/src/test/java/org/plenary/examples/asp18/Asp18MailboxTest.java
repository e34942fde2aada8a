package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.export.intake.IntakeEntry;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.Outcome;
import org.plenary.export.intake.Reason;

/** The illustrative mailbox: generated the same at every run, and read back into the list of speakers. */
class Asp18MailboxTest {

  @TempDir
  Path out;

  @Test
  void theCommittedMailboxAndDirectoryAreWhatTheGeneratorWrites() throws Exception {
    Asp18Mailbox.write(out);
    Path committed = Asp18.mail();
    for (String name : List.of("asp18.mbox", "directory.csv")) {
      assertThat(Files.readAllBytes(out.resolve(name))).as(name + " (regenerate with Asp18Mailbox)")
          .isEqualTo(Files.readAllBytes(committed.resolve(name)));
    }
    assertThat(Files.readString(committed.resolve("directory.csv")).lines().skip(1))
        .allSatisfy(line -> assertThat(line).contains(",illustrative,"));
    assertThat(Files.readString(committed.resolve("directory.csv")).lines().skip(1))
        .as("every delegation is named in the six languages")
        .allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(10).doesNotContain(""));
  }

  @Test
  void theIntakeReadsEveryMessageOfTheMailbox() {
    IntakeResult r = Asp18.intake();
    assertThat(r.entries()).hasSize(53);
    assertThat(r.count(Outcome.REQUEST)).isEqualTo(47);
    assertThat(r.count(Outcome.CANCELLATION)).isEqualTo(1);
    assertThat(r.count(Outcome.REPLACEMENT)).isEqualTo(1);
    assertThat(r.review()).extracting(e -> e.reason().orElseThrow())
        .containsExactly(Reason.AUTO_REPLY, Reason.BOUNCE, Reason.UNKNOWN_SENDER, Reason.FORWARD);
    assertThat(r.duplicates()).singleElement()
        .satisfies(d -> assertThat(d.messageId()).isEqualTo("<asp18.100.deu@deu-mfa.example>"));
    assertThat(r.complete()).isTrue();
    IntakeEntry uganda = r.entries().stream().filter(e -> e.requestId().equals(java.util.Optional.of("floor-5")))
        .findFirst().orElseThrow();
    assertThat(uganda.delegation().orElseThrow().id()).isEqualTo("UGA");
    assertThat(uganda.notes()).singleElement().satisfies(n -> assertThat(n.english()).contains("Date header"));
    assertThat(r.requests()).noneMatch(q -> q.speaker().delegation().id().equals("URY"));
  }

  @Test
  void theListIsTheIllustrativeOne() {
    List<RequestToSpeak> list = Asp18.requests();
    assertThat(list).hasSize(46);
    Map<String, List<RequestToSpeak>> bySegment = list.stream().collect(Collectors.groupingBy(RequestToSpeak::segment));
    assertThat(bySegment.get("high-level")).extracting(RequestToSpeak::id)
        .containsExactly("hl-sen", "hl-nld", "hl-arg", "hl-fin", "hl-cri", "hl-jpn");
    assertThat(bySegment.get("high-level")).extracting(q -> q.speaker().rank()).containsExactly(ProtocolRank.MINISTER,
        ProtocolRank.MINISTER, ProtocolRank.VICE_MINISTER, ProtocolRank.HEAD_OF_GOVERNMENT, ProtocolRank.AMBASSADOR,
        ProtocolRank.VICE_MINISTER);
    assertThat(bySegment.get("floor")).hasSize(40);
    assertThat(bySegment.get("floor").get(0).id()).isEqualTo("floor-1");
    assertThat(bySegment.get("floor").get(39).id()).isEqualTo("floor-40");
    assertThat(bySegment.get("floor").stream().filter(q -> q.speaker().delegation().id().equals("FRA"))).hasSize(2);
    Instant deadline = Instant.parse("2019-12-02T23:00:00Z");
    assertThat(list).filteredOn(q -> !q.received().isBefore(deadline)).extracting(q -> q.speaker().delegation().id())
        .containsExactly("LIE", "AUT", "KEN");
  }
}
