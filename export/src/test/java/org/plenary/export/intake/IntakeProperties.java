package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.request.RequestToSpeak;

/**
 * Generated mailboxes: names and subjects in many scripts, bodies in UTF-8, ISO-8859-1 and
 * windows-1252, quoted-printable, base64 or 8-bit, plain or HTML, receipt instants in any zone,
 * some without a {@code Received:} header, some exported twice. Nothing is lost, and every instant
 * of receipt is read to the second.
 */
class IntakeProperties {

  private static final String WINDOWS_1252 = "AaZzÉéÀàçÇßøÆæÿ€ŒœŠšŸ“”‘’–";
  private static final String LATIN_1 = "AaZzÉéÀàçÇßøÆæÿ¿¡«»";
  private static final List<String> UNICODE = List.of("A", "é", "Ł", "Ж", "Ω", "ع", "ر", "ש", "中", "文",
      "語", "한", "𝔘", "😀", "ß", "Ñ", "\u202e", "'", "\"", "<", "&", "=", "+", "|");

  /** One generated message and what the intake must read from it. */
  record Generated(boolean known, String speaker, String subject, Instant received, int offsetMinutes,
      Charset charset, String transfer, boolean html, boolean withReceived, boolean twice) {

    Mail mail(int n) {
      Instant sent = received.minusSeconds(1 + (n % 600));
      ZoneOffset zone = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
      Mail m = Mail.from(subject + " " + n, known ? (n % 2 == 0 ? "mission@kenya.example" : "desk" + n + "@minbuza.example")
          : "someone" + n + "@elsewhere.example").id("<gen." + n + "@test.example>").subject("Request " + subject)
          .charset(charset).transfer(transfer);
      if (withReceived) {
        m.received(received, zone);
      }
      m.date(withReceived ? sent : received, zone);
      String s = html ? "<html><body><p>Dear Secretariat,</p><p>Speaker: " + escape(speaker)
          + "<br>Segment: floor</p></body></html>" : "Dear Secretariat,\n\nSpeaker: " + speaker + "\nSegment: floor\n";
      if (html) {
        m.html();
      }
      return m.body(s);
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }

  @Property(tries = 100)
  void nothingIsLostAndEveryInstantIsExact(@ForAll("mailboxes") List<Generated> messages, @ForAll boolean asMbox)
      throws IOException {
    Path dir = Files.createTempDirectory("intake-property");
    try {
      List<Mail> mails = new ArrayList<>();
      int twice = 0;
      for (int i = 0; i < messages.size(); i++) {
        mails.add(messages.get(i).mail(i));
        if (messages.get(i).twice()) {
          mails.add(messages.get(i).mail(i));
          twice++;
        }
      }
      IntakeResult r = asMbox ? Intakes.intake().read(Mail.mbox(dir.resolve("box.mbox"), mails))
          : Intakes.intake().read(Intakes.folder(dir, mails));

      assertThat(r.entries()).hasSize(messages.size());
      assertThat(r.duplicates()).hasSize(twice);
      assertThat(Stream.of(Outcome.values()).mapToInt(r::count).sum()).isEqualTo(messages.size());
      assertThat(r.complete()).isTrue();
      Map<String, RequestToSpeak> byId = new HashMap<>();
      r.entries().forEach(e -> e.requestId().ifPresent(id ->
          byId.put(e.messageId().orElseThrow(), r.requests().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow())));
      for (int i = 0; i < messages.size(); i++) {
        Generated g = messages.get(i);
        IntakeEntry e = r.entries().get(i);
        assertThat(e.messageId()).contains("<gen." + i + "@test.example>");
        assertThat(e.received()).as("instant of message %d", i).contains(g.received());
        assertThat(e.notes()).hasSize(g.withReceived() ? 0 : 1);
        if (g.known()) {
          assertThat(e.outcome()).isEqualTo(Outcome.REQUEST);
          assertThat(byId.get(e.messageId().get()).speaker().name()).contains(g.speaker());
          assertThat(byId.get(e.messageId().get()).received()).isEqualTo(g.received());
        } else {
          assertThat(e.reason()).contains(Reason.UNKNOWN_SENDER);
        }
      }
      assertThat(r.requests()).isSortedAccordingTo(Comparator.comparing(RequestToSpeak::received));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<List<Generated>> mailboxes() {
    return messages().list().ofMinSize(1).ofMaxSize(12);
  }

  private Arbitrary<Generated> messages() {
    Arbitrary<Charset> charsets = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
        Charset.forName("windows-1252"));
    Arbitrary<Instant> instants = Arbitraries.longs().between(Instant.parse("2019-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2030-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond);
    Arbitrary<Integer> offsets = Arbitraries.integers().between(-48, 56).map(q -> q * 15);
    return charsets.flatMap(cs -> Combinators.combine(Arbitraries.of(true, true, true, false), name(cs),
        name(StandardCharsets.UTF_8), instants, offsets, Arbitraries.of("quoted-printable", "base64", "8bit"),
        Arbitraries.of(false, false, true), Arbitraries.of(true, true, true, false))
        .as((known, speaker, subject, received, offset, transfer, html, withReceived) ->
            new Generated(known, speaker, subject, received, offset, cs, transfer, html, withReceived, false))
        .flatMap(g -> Arbitraries.of(false, false, false, true).map(twice -> new Generated(g.known(), g.speaker(),
            g.subject(), g.received(), g.offsetMinutes(), g.charset(), g.transfer(), g.html(), g.withReceived(), twice))));
  }

  private static Arbitrary<String> name(Charset cs) {
    Arbitrary<String> letters = cs.equals(StandardCharsets.UTF_8) ? Arbitraries.of(UNICODE)
        : Arbitraries.of((cs.equals(StandardCharsets.ISO_8859_1) ? LATIN_1 : WINDOWS_1252).split(""));
    Arbitrary<String> word = letters.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    return word.list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
  }
}
