package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox built to break the intake: deep nesting, huge headers and names, large attachments,
 * markup and formulas, separator lines in bodies, garbage. The intake must read every message,
 * put each in exactly one outcome, and go on. The timeouts guard against a hang; they do not
 * measure speed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileMailboxTest {

  private static final Instant AT = Instant.parse("2019-11-25T09:15:00Z");

  @TempDir
  Path dir;

  private static Mail good(int n) {
    return Mail.from("mission@kenya.example").id("<good" + n + "@x>").received(AT.plusSeconds(n), ZoneOffset.UTC)
        .body("Speaker: Good " + n + "\nSegment: floor");
  }

  private static Mail nested(int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      open.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
      close.insert(0, "\r\n--b" + i + "--\r\n");
    }
    return good(100).id("<nested@x>").part(open + "Content-Type: text/plain\r\n\r\nSpeaker: Deep\r\n" + close);
  }

  @Test
  void aHostileMailboxIsReadToTheEndWithEveryMessageAccountedFor() throws IOException {
    String longName = "Ambassador " + "Ωmega-".repeat(800);
    String attachment = java.util.Base64.getMimeEncoder().encodeToString(new byte[6 << 20]);
    List<Mail> mails = new ArrayList<>();
    mails.add(good(1));
    mails.add(nested(400));
    mails.add(good(2).id("<longheader@x>").header("X-Long", "a".repeat(200_000)));
    mails.add(Mail.from(longName, "mission@kenya.example").id("<longname@x>").received(AT, ZoneOffset.UTC)
        .subject("=cmd|'/C calc'!A0 <script>alert(1)</script> " + "x".repeat(5_000))
        .body("Speaker: =HYPERLINK(\"http://evil.example\",\"click\") <b>bold</b> | pipe\nSegment: floor"));
    mails.add(good(3).id("<attachment@x>").part("Content-Type: application/octet-stream\r\n"
        + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\n"
        + attachment + "\r\n"));
    mails.add(good(4).id("<fromline@x>").body("Speaker: Separator\nSegment: floor\nFrom nobody@nowhere Mon Nov 18 09:00:00 2019\n"
        + "From the delegation, with thanks 2019\n"));
    mails.add(good(5).id("<manyheaders@x>").header("X-Many", "1\r\nX-Many: 2\r\n" + "X-Many: 3\r\n".repeat(500)));
    mails.add(good(6).id("<longline@x>").body("Segment: floor\n" + "y".repeat(300_000)));
    mails.add(good(7));
    mails.add(Mail.from("<img src=x onerror=alert(1)>", "x@evil.example").id("<stranger@x>").received(AT, ZoneOffset.UTC)
        .subject("| col | <script>alert(1)</script> =SUM(A1:A9)"));
    Path mbox = Mail.mbox(dir.resolve("hostile.mbox"), mails);
    Files.write(mbox, garbage(), java.nio.file.StandardOpenOption.APPEND);

    IntakeResult r = Intakes.intake().read(mbox);

    assertThat(r.entries()).hasSize(mails.size() + 1);
    assertThat(java.util.stream.Stream.of(Outcome.values()).mapToInt(r::count).sum()).isEqualTo(r.entries().size());
    assertThat(r.entries().get(0).requestId()).isPresent();
    assertThat(r.entries()).filteredOn(e -> e.messageId().equals(java.util.Optional.of("<good7@x>")))
        .singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.REQUEST));
    assertThat(entry(r, "<nested@x>").notes()).anySatisfy(n -> assertThat(n.english()).contains("nested deeper"));
    assertThat(r.entries().get(2).source()).isEqualTo("hostile.mbox, message 3");
    assertThat(r.entries().get(2).reason()).contains(Reason.UNREADABLE);
    assertThat(r.entries().get(2).reason().orElseThrow().describe(java.util.Locale.ENGLISH, r.entries().get(2).detail()))
        .isEqualTo("The message could not be read: a line is longer than 65,536 bytes.");
    assertThat(entry(r, "<manyheaders@x>").reason()).contains(Reason.UNREADABLE);
    assertThat(entry(r, "<manyheaders@x>").detail().orElseThrow().in(java.util.Locale.FRENCH))
        .isEqualTo("il compte plus de 200 en-têtes");
    assertThat(entry(r, "<longline@x>").outcome()).isIn(Outcome.REQUEST, Outcome.REVIEW);
    assertThat(entry(r, "<attachment@x>").outcome()).isEqualTo(Outcome.REQUEST);
    assertThat(entry(r, "<fromline@x>").outcome()).isEqualTo(Outcome.REQUEST);
    IntakeEntry hostile = entry(r, "<longname@x>");
    assertThat(hostile.subject().orElseThrow()).startsWith("=cmd|'/C calc'!A0 <script>").hasSizeLessThanOrEqualTo(65_536);
    assertThat(r.requests()).anySatisfy(q -> assertThat(q.speaker().name().orElseThrow())
        .startsWith("=HYPERLINK(").hasSizeLessThanOrEqualTo(Fields.VALUE));
    assertThat(dir.toFile().list()).containsExactly("hostile.mbox");

    ByteArrayOutputStream md = new ByteArrayOutputStream();
    IntakeReport.of(r, Intakes.plenary(), "hostile.mbox").markdown(java.util.Locale.ENGLISH, md);
    String text = md.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("<script>", "<b>", "<img").contains("\\<script\\>", "\\<b\\>bold\\</b\\>",
        "\\| col \\|");
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder()
        .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build().parse(text);
    String html = org.commonmark.renderer.html.HtmlRenderer.builder()
        .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build().render(doc);
    assertThat(html).doesNotContain("<script>", "<b>bold").contains("&lt;script&gt;");
  }

  private static IntakeEntry entry(IntakeResult r, String id) {
    return r.entries().stream().filter(e -> e.messageId().equals(java.util.Optional.of(id))).findFirst().orElseThrow();
  }

  private static byte[] garbage() {
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 131 + (i >> 8) * 17);
    }
    byte[] head = "From garbage@example.org Mon Nov 18 09:00:00 2019\n".getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + b.length + 1];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(b, 0, out, head.length, b.length);
    out[out.length - 1] = '\n';
    return out;
  }

  @Test
  void aMessageLargerThanTheLimitStopsTheReadAndSaysSo() {
    Path mbox = Mail.mbox(dir.resolve("big.mbox"), List.of(good(1), good(2).body("Segment: floor\n" + "z\n".repeat(40_000)),
        good(3)));
    IntakeResult r = Intakes.intake(Intakes.settings("limit.message-bytes = 20000")).read(mbox);
    assertThat(r.complete()).isFalse();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.english()).contains("big.mbox", "message 2", "20,000 bytes");
      assertThat(p.in(java.util.Locale.FRENCH)).contains("relevez limit.message-bytes");
    });
    assertThat(r.entries()).hasSizeGreaterThanOrEqualTo(1);
  }

  @Test
  void emptyAndNonMailFilesAreReviewedNotThrown() throws IOException {
    Files.write(dir.resolve("empty.eml"), new byte[0]);
    Files.write(dir.resolve("binary.eml"), garbage());
    Files.writeString(dir.resolve("nobody.eml"), "just text, no headers at all\n");
    IntakeResult r = Intakes.intake().read(dir);
    assertThat(r.entries()).hasSize(3).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.REVIEW));
  }

  @Test
  void anEmptyMboxReadsAsNoMessage() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.mbox"), "From nobody@example.org Mon Nov 18 09:00:00 2019\n");
    IntakeResult r = Intakes.intake().read(f);
    assertThat(r.entries().size() + r.problems().size()).isLessThanOrEqualTo(1);
  }
}
