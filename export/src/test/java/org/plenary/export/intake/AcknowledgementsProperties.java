package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.james.mime4j.dom.Message;

/**
 * Generated mailboxes of requests, questions, strangers, automatic replies, list mail and delivery
 * reports, received in any order: exactly one acknowledgement per message a person wrote, none for a
 * machine's, and the outbox in order of receipt.
 */
class AcknowledgementsProperties {

  /** What wrote a message, and so whether it is answered. */
  enum Kind {
    REQUEST(true), QUESTION(true), STRANGER(true), AUTO_REPLIED(false), AUTO_GENERATED(false), BULK(false),
    LIST(false), REPORT(false), DAEMON(false);

    final boolean answered;

    Kind(boolean answered) {
      this.answered = answered;
    }
  }

  record Generated(Kind kind, int minutes, String words) {

    Mail mail(int n) {
      String id = "<gen." + n + "@test.example>";
      String from = switch (kind) {
        case STRANGER -> "someone" + n + "@elsewhere.example";
        case DAEMON -> "MAILER-DAEMON@mx.test.example";
        default -> n % 2 == 0 ? "mission@kenya.example" : "desk" + n + "@minbuza.example";
      };
      Mail m = Mail.from(words + " " + n, from).id(id)
          .received(AcknowledgementsTest.MONDAY.plusSeconds(60L * minutes), ZoneOffset.ofHours(n % 5))
          .subject("Request to speak " + words)
          .body(kind == Kind.QUESTION ? "Dear Secretariat, " + words + "?\n" : "Speaker: " + words + "\nSegment: floor\n");
      return switch (kind) {
        case AUTO_REPLIED -> m.header("Auto-Submitted", "auto-replied");
        case AUTO_GENERATED -> m.header("Auto-Submitted", "auto-generated");
        case BULK -> m.header("Precedence", "bulk");
        case LIST -> m.header("List-Id", "<speakers.lists.test.example>");
        case REPORT -> m.part("Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.test.example\r\n"
            + "\r\nFinal-Recipient: rfc822; speakers@secretariat.example\r\nAction: failed\r\nStatus: 5.1.1\r\n");
        default -> m;
      };
    }
  }

  @Provide
  Arbitrary<List<Generated>> mailboxes() {
    Arbitrary<String> words = Arbitraries.strings().withChars("AaZzÉéßЖж中文ع").ofMinLength(1).ofMaxLength(12);
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 60 * 24 * 14), words)
        .as(Generated::new).list().ofMaxSize(14);
  }

  @Property(tries = 60)
  void oneReplyPerMessageAPersonWroteNoneForAMachinesAndInOrderOfReceipt(
      @ForAll("mailboxes") List<Generated> messages) throws IOException {
    Path dir = Files.createTempDirectory("acknowledgements-property");
    try {
      List<Mail> mails = new ArrayList<>();
      for (int i = 0; i < messages.size(); i++) {
        mails.add(messages.get(i).mail(i));
      }
      IntakeResult r = MailIntake.of(AcknowledgementsTest.plenary(), AcknowledgementsTest.directory(),
          IntakeSettings.defaults()).read(Intakes.folder(Files.createDirectory(dir.resolve("in")), mails));
      List<Acknowledgement> written = AcknowledgementsTest.acknowledgements().write(r, dir.resolve("out"));

      // Those a person wrote, by the instant received and then as read.
      List<String> expected = IntStream.range(0, messages.size()).boxed()
          .filter(i -> messages.get(i).kind().answered)
          .sorted(Comparator.comparing((Integer i) -> messages.get(i).minutes()).thenComparing(i -> i))
          .map(i -> "<gen." + i + "@test.example>").toList();
      List<String> files;
      try (Stream<Path> s = Files.list(dir.resolve("out/outbox"))) {
        files = s.map(p -> p.getFileName().toString()).sorted().toList();
      }
      assertThat(files).containsExactlyElementsOf(written.stream().map(Acknowledgement::file).toList());
      List<String> answered = new ArrayList<>();
      for (String f : files) {
        Message m = Replies.mime4j(Files.readAllBytes(dir.resolve("out/outbox").resolve(f)));
        assertThat(Replies.names(m)).containsExactlyElementsOf(Replies.HEADERS);
        assertThat(Replies.header(m, "Auto-Submitted")).isEqualTo("auto-replied");
        answered.add(Replies.header(m, "In-Reply-To"));
      }
      assertThat(answered).containsExactlyElementsOf(expected);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
