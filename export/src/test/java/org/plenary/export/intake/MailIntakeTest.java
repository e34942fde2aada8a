package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.request.RequestToSpeak;

class MailIntakeTest {

  private static final Instant SENT = Instant.parse("2019-11-25T09:10:00Z");
  private static final Instant RECEIVED = Instant.parse("2019-11-25T09:15:07Z");
  private static final ZoneOffset PARIS = ZoneOffset.ofHours(1);

  @TempDir
  Path dir;

  private static Mail kenya() {
    return Mail.from("Mission of Kenya", "mission@kenya.example").id("<k1@kenya.example>")
        .received(RECEIVED, PARIS).date(SENT, PARIS).subject("Request to speak")
        .body("Dear Secretariat,\n\nSpeaker: Ms Jane Wanjiru\nFunction: Deputy Permanent Representative\n"
            + "Segment: floor\n\nRegards");
  }

  private IntakeResult read(Mail... mails) {
    return Intakes.intake().read(Intakes.folder(dir, List.of(mails)));
  }

  private IntakeResult read(IntakeSettings settings, Mail... mails) {
    return Intakes.intake(settings).read(Intakes.folder(dir, List.of(mails)));
  }

  @Test
  void theTopmostReceivedHeaderGivesTheInstantOfReceipt() {
    Mail m = Mail.from("mission@kenya.example").id("<a@x>")
        .received(RECEIVED, ZoneOffset.ofHours(-5))
        .received(Instant.parse("2019-11-25T09:12:00Z"), ZoneOffset.UTC)
        .date(SENT, PARIS).body("Segment: floor");
    IntakeEntry e = read(m).entries().get(0);
    assertThat(e.received()).contains(RECEIVED);
    assertThat(e.notes()).isEmpty();
  }

  @Test
  void withoutReceivedTheDateHeaderIsUsedAndSaidSo() {
    Mail m = Mail.from("mission@kenya.example").id("<a@x>").date(SENT, ZoneOffset.ofHoursMinutes(5, 30))
        .body("Segment: floor");
    IntakeEntry e = read(m).entries().get(0);
    assertThat(e.received()).contains(SENT);
    assertThat(e.outcome()).isEqualTo(Outcome.REQUEST);
    assertThat(e.notes()).singleElement().satisfies(n -> {
      assertThat(n.english()).contains("No Received header");
      assertThat(n.in(Locale.FRENCH)).contains("Pas d'en-tête Received");
    });
  }

  @Test
  void aTopmostReceivedWithoutADateFallsBackToDateWithANote() {
    Mail m = Mail.from("mission@kenya.example").id("<a@x>").header("Received", "from a by b; not a date")
        .date(SENT, PARIS).body("Segment: floor");
    IntakeEntry e = read(m).entries().get(0);
    assertThat(e.received()).contains(SENT);
    assertThat(e.notes()).singleElement().satisfies(n -> assertThat(n.english()).contains("topmost Received"));
  }

  @Test
  void aMessageWithNoDateAtAllGoesToReview() {
    Mail m = Mail.from("mission@kenya.example").id("<a@x>").body("Segment: floor");
    IntakeEntry e = read(m).entries().get(0);
    assertThat(e.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(e.reason()).contains(Reason.NO_DATE);
    assertThat(e.received()).isEmpty();
  }

  @Test
  void aDateWithoutAZoneIsNotGuessed() {
    Mail m = Mail.from("mission@kenya.example").id("<a@x>").header("Date", "Mon, 25 Nov 2019 10:15:00")
        .body("Segment: floor");
    assertThat(read(m).entries().get(0).reason()).contains(Reason.NO_DATE);
  }

  @Test
  void theTemplateGivesSpeakerFunctionAndSegment() {
    IntakeResult r = read(kenya());
    RequestToSpeak q = r.requests().get(0);
    assertThat(q.speaker().name()).contains("Ms Jane Wanjiru");
    assertThat(q.speaker().function().orElseThrow().english()).isEqualTo("Deputy Permanent Representative");
    assertThat(q.segment()).isEqualTo("floor");
    assertThat(q.received()).isEqualTo(RECEIVED);
    assertThat(q.speaker().delegation().id()).isEqualTo("KEN");
    assertThat(q.id()).isEqualTo("floor-1");
    assertThat(r.entries().get(0).requestId()).contains("floor-1");
  }

  @Test
  void theFrenchTemplateReadsWithASpaceOrANoBreakSpaceBeforeTheColon() {
    Mail m = kenya().body("Madame, Monsieur,\n\nOrateur\u00a0: M. Jean Dupont\nFonction : Ministre de la justice\n"
        + "Rang : Ministre\nSegment : Interventions de haut niveau\n");
    RequestToSpeak q = read(m).requests().get(0);
    assertThat(q.speaker().name()).contains("M. Jean Dupont");
    assertThat(q.speaker().function().orElseThrow().english()).isEqualTo("Ministre de la justice");
    assertThat(q.speaker().rank()).isEqualTo(ProtocolRank.MINISTER);
    assertThat(q.segment()).isEqualTo("high-level");
  }

  @Test
  void whatTheTemplateDoesNotStateStaysAbsent() {
    Mail m = kenya().body("Our Minister, Ms Jane Wanjiru, will speak on the floor.\nSegment: floor\n"
        + "> Speaker: someone quoted\n");
    RequestToSpeak q = read(m).requests().get(0);
    assertThat(q.speaker().name()).isEmpty();
    assertThat(q.speaker().function()).isEmpty();
    assertThat(q.speaker().rank()).isEqualTo(ProtocolRank.OTHER);
  }

  @Test
  void anUnknownRankIsLeftOutWithANote() {
    IntakeEntry e = read(kenya().body("Segment: floor\nRank: Grand Poobah")).entries().get(0);
    assertThat(e.outcome()).isEqualTo(Outcome.REQUEST);
    assertThat(e.notes()).singleElement().satisfies(n -> assertThat(n.english()).contains("Grand Poobah"));
  }

  @Test
  void encodedWordsInDisplayNamesAndSubjectsAreDecoded() {
    Mail m = Mail.from("Délégation du Kenya — Ωμέγα", "mission@kenya.example").id("<a@x>")
        .received(RECEIVED, PARIS).subject("Demande d'inscription — débat général ✓")
        .body("Segment: floor");
    IntakeEntry e = read(m).entries().get(0);
    assertThat(e.subject()).contains("Demande d'inscription — débat général ✓");
    assertThat(e.sender()).contains("mission@kenya.example");
  }

  @Test
  void quotedPrintableAndBase64BodiesInEachCharsetAreDecoded() {
    String name = "Señora Zoë Ångström-Œuvre";
    for (Charset c : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"))) {
      for (String transfer : List.of("quoted-printable", "base64", "8bit")) {
        String n = c.equals(StandardCharsets.ISO_8859_1) ? name.replace("Œ", "Oe") : name;
        Mail m = kenya().charset(c).transfer(transfer).body("Speaker: " + n + "\nFunction: “Envoy” €\nSegment: floor");
        RequestToSpeak q = Intakes.intake().read(Intakes.folder(fresh(), List.of(m))).requests().get(0);
        assertThat(q.speaker().name()).as(c + " " + transfer).contains(n);
        if (!c.equals(StandardCharsets.ISO_8859_1)) {
          assertThat(q.speaker().function().orElseThrow().english()).as(c + " " + transfer).isEqualTo("“Envoy” €");
        }
      }
    }
  }

  private Path fresh() {
    try {
      return Files.createTempDirectory(dir, "m");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anUnknownCharsetFallsBackToWindows1252WithANote() {
    byte[] raw = ("From: mission@kenya.example\r\nMessage-ID: <u@x>\r\nDate: Mon, 25 Nov 2019 10:15:07 +0100\r\n"
        + "Received: from a by b; Mon, 25 Nov 2019 10:15:07 +0100\r\n"
        + "Content-Type: text/plain; charset=x-klingon\r\n\r\nSpeaker: Zo\u00eb\r\nSegment: floor\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    IntakeResult r = readRaw(raw);
    assertThat(r.requests().get(0).speaker().name()).contains("Zoë");
    assertThat(r.entries().get(0).notes()).singleElement()
        .satisfies(n -> assertThat(n.english()).contains("x-klingon").contains("windows-1252"));
  }

  private IntakeResult readRaw(byte[] raw) {
    try {
      Path f = Files.write(dir.resolve("raw.eml"), raw);
      return Intakes.intake().read(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anHtmlOnlyBodyIsReadAsTextWithItsLines() {
    Mail m = kenya().html().transfer("quoted-printable").body("<html><head><style>p{color:red}</style>"
        + "<script>document.write('Speaker: Mallory')</script></head><body><p>Dear Secretariat,</p>"
        + "<p><b>Speaker:</b> Ms Jane &amp; Co<br>Function: <i>Envoy</i><br>Segment: floor</p></body></html>");
    RequestToSpeak q = read(m).requests().get(0);
    assertThat(q.speaker().name()).contains("Ms Jane & Co");
    assertThat(q.speaker().function().orElseThrow().english()).isEqualTo("Envoy");
  }

  @Test
  void attachmentsAreIgnoredAndNotKept() {
    String big = java.util.Base64.getMimeEncoder().encodeToString(new byte[3 << 20]);
    Mail m = kenya().body("Segment: floor")
        .part("Content-Type: text/plain\r\nContent-Disposition: attachment; filename=\"a.txt\"\r\n\r\n"
            + "Speaker: Mallory\r\n")
        .part("Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=\"letter.pdf\"\r\n\r\n" + big + "\r\n");
    IntakeResult r = read(m);
    assertThat(r.requests().get(0).speaker().name()).isEmpty();
    assertThat(r.entries().get(0).outcome()).isEqualTo(Outcome.REQUEST);
    assertThat(dir.toFile().list()).containsExactly("01.eml");
  }

  @Test
  void sendersAreMatchedByAddressOrDomainWithoutRegardToCase() {
    IntakeResult r = read(
        kenya().id("<1@x>").header("X-Case", "exact"),
        Mail.from("Desk <Desk@MFA.Kenya.Example>").id("<2@x>").received(RECEIVED, PARIS).body("Segment: floor"),
        Mail.from("someone@kenya.example.org").id("<3@x>").received(RECEIVED, PARIS).body("Segment: floor"));
    assertThat(r.entries()).extracting(e -> e.delegation().map(d -> d.id()).orElse("?"))
        .containsExactly("KEN", "KEN", "?");
    assertThat(r.entries().get(2).reason()).contains(Reason.UNKNOWN_SENDER);
    assertThat(r.entries().get(2).detail().orElseThrow().english()).isEqualTo("someone@kenya.example.org");
  }

  @Test
  void aCancellationTakesTheRequestOffTheList() {
    Mail cancel = Mail.from("mission@kenya.example").id("<c@x>").received(RECEIVED.plusSeconds(3600), PARIS)
        .subject("Annulation : demande de prise de parole").body("Segment : floor");
    IntakeResult r = read(kenya(), cancel);
    assertThat(r.requests()).isEmpty();
    assertThat(r.entries()).extracting(IntakeEntry::outcome).containsExactly(Outcome.REQUEST, Outcome.CANCELLATION);
    assertThat(r.entries().get(0).notes()).singleElement().satisfies(n -> assertThat(n.english()).contains("02.eml"));
  }

  @Test
  void aCancellationWithNothingToCancelGoesToReview() {
    Mail cancel = Mail.from("mission@kenya.example").id("<c@x>").received(RECEIVED, PARIS)
        .subject("Cancel our request");
    IntakeEntry e = read(cancel).entries().get(0);
    assertThat(e.reason()).contains(Reason.NOTHING_TO_CANCEL);
  }

  @Test
  void aReplacementKeepsTheFirstReceiptByDefault() {
    Instant later = RECEIVED.plusSeconds(86_400);
    Mail replace = Mail.from("mission@kenya.example").id("<r@x>").received(later, PARIS)
        .subject("Replacement of speaker").body("Speaker: Mr John Otieno");
    IntakeResult r = read(kenya(), replace);
    assertThat(r.requests()).singleElement().satisfies(q -> {
      assertThat(q.speaker().name()).contains("Mr John Otieno");
      assertThat(q.received()).isEqualTo(RECEIVED);
      assertThat(q.segment()).isEqualTo("floor");
    });
    assertThat(r.entries()).extracting(IntakeEntry::outcome).containsExactly(Outcome.REQUEST, Outcome.REPLACEMENT);
    assertThat(r.entries().get(1).requestId()).contains("floor-1");
    assertThat(r.entries().get(0).requestId()).isEmpty();
  }

  @Test
  void underGoToEndAReplacementTakesItsOwnReceipt() {
    Instant later = RECEIVED.plusSeconds(86_400);
    Mail replace = Mail.from("mission@kenya.example").id("<r@x>").received(later, PARIS)
        .subject("Remplacement de l'orateur").body("Orateur : M. Otieno");
    IntakeResult r = read(Intakes.settings("replacement = go-to-end"), kenya(), replace);
    assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.received()).isEqualTo(later));
  }

  @Test
  void aReplacementWithNothingToReplaceGoesToReview() {
    Mail replace = Mail.from("mission@kenya.example").id("<r@x>").received(RECEIVED, PARIS)
        .subject("Replace speaker");
    assertThat(read(replace).entries().get(0).reason()).contains(Reason.NOTHING_TO_REPLACE);
  }

  @Test
  void aSubjectThatBothCancelsAndReplacesGoesToReview() {
    Mail m = kenya().subject("Cancel and replace");
    assertThat(read(m).entries().get(0).reason()).contains(Reason.AMBIGUOUS);
  }

  @Test
  void cancellationWordsAreConfigurable() {
    Mail m = Mail.from("mission@kenya.example").id("<c@x>").received(RECEIVED.plusSeconds(60), PARIS)
        .subject("Retiro de la solicitud");
    IntakeResult r = read(Intakes.settings("words.cancel = retiro"), kenya(), m);
    assertThat(r.entries().get(1).outcome()).isEqualTo(Outcome.CANCELLATION);
    assertThat(r.requests()).isEmpty();
  }

  @Test
  void automaticRepliesGoToReview() {
    IntakeResult r = read(
        kenya().id("<1@x>").header("Auto-Submitted", "auto-replied"),
        kenya().id("<2@x>").header("Auto-Submitted", "no"),
        kenya().id("<3@x>").subject("Out of Office: back on Monday"),
        kenya().id("<4@x>").subject("Réponse automatique : absent"),
        kenya().id("<5@x>").header("X-Autoreply", "yes"));
    assertThat(r.entries()).extracting(e -> e.reason().orElse(null))
        .containsExactly(Reason.AUTO_REPLY, null, Reason.AUTO_REPLY, Reason.AUTO_REPLY, Reason.AUTO_REPLY);
  }

  @Test
  void bouncesGoToReview() {
    Mail report = Mail.from("Mail Delivery System", "MAILER-DAEMON@mx.secretariat.example").id("<b1@x>")
        .received(RECEIVED, PARIS).subject("Undelivered Mail Returned to Sender").body("Sorry.");
    Mail dsn = kenya().id("<b2@x>").subject("Notice");
    byte[] raw = new String(dsn.bytes(), StandardCharsets.ISO_8859_1)
        .replace("Content-Type: text/plain; charset=UTF-8", "Content-Type: multipart/report; "
            + "report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(read(report).entries().get(0).reason()).contains(Reason.BOUNCE);
    assertThat(readRaw(raw).entries().get(0).reason()).contains(Reason.BOUNCE);
  }

  @Test
  void forwardsGoToReview() {
    IntakeResult r = read(
        kenya().id("<1@x>").subject("Fwd: Request to speak"),
        kenya().id("<2@x>").subject("TR : Demande d'inscription"),
        kenya().id("<3@x>").body("---------- Forwarded message ---------\nFrom: a@b\n\nSpeaker: X\nSegment: floor"),
        kenya().id("<4@x>").part("Content-Type: message/rfc822\r\n\r\nFrom: a@b\r\nSubject: x\r\n\r\nSpeaker: Y\r\n"));
    assertThat(r.entries()).extracting(e -> e.reason().orElse(null)).containsOnly(Reason.FORWARD);
  }

  @Test
  void aDuplicateMessageIdIsCountedOnceWithANote() {
    IntakeResult r = read(kenya(), kenya());
    assertThat(r.entries()).hasSize(1);
    assertThat(r.requests()).hasSize(1);
    assertThat(r.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.messageId()).isEqualTo("<k1@kenya.example>");
      assertThat(d.source()).isEqualTo("02.eml");
      assertThat(d.firstSource()).isEqualTo("01.eml");
    });
  }

  @Test
  void withoutASegmentARequestTakesTheDefaultOrGoesToReview() {
    Mail m = kenya().body("Speaker: Ms Jane Wanjiru");
    assertThat(read(m).entries().get(0).reason()).contains(Reason.NO_SEGMENT);
    assertThat(read(Intakes.settings("segment.default = floor"), m).requests().get(0).segment()).isEqualTo("floor");
  }

  @Test
  void anUnknownSegmentGoesToReviewNamingIt() {
    IntakeEntry e = read(kenya().body("Segment: the bar")).entries().get(0);
    assertThat(e.reason()).contains(Reason.UNKNOWN_SEGMENT);
    assertThat(e.detail().orElseThrow().english()).isEqualTo("the bar");
  }

  @Test
  void idsFollowTheSettingsPatternInOrderOfReceipt() {
    Mail nld = Mail.from("desk@minbuza.example").id("<n@x>").received(RECEIVED.minusSeconds(60), PARIS)
        .body("Segment: high-level");
    Mail cicc = Mail.from("info@cicc.example").id("<c@x>").received(RECEIVED.minusSeconds(30), PARIS)
        .body("Segment: floor");
    IntakeResult r = read(Intakes.settings("id.high-level = hl-{delegation}\nduration.high-level = PT5M"),
        kenya(), nld, cicc);
    assertThat(r.requests()).extracting(RequestToSpeak::id).containsExactly("hl-nld", "floor-1", "floor-2");
    assertThat(r.requests()).extracting(q -> q.duration().toMinutes()).containsExactly(5L, 3L, 3L);
  }

  @Test
  void aMessageWithNoSenderGoesToReview() {
    Mail m = new Mail().id("<n@x>").received(RECEIVED, PARIS).body("Segment: floor");
    assertThat(read(m).entries().get(0).reason()).contains(Reason.NO_SENDER);
  }

  @Test
  void anMboxAndASingleMessageAreReadToo() {
    Path mbox = Mail.mbox(dir.resolve("inbox.mbox"), List.of(kenya().id("<1@x>"),
        kenya().id("<2@x>").body("Segment: floor\nFrom here on, a line that starts like a separator 2019\n")));
    IntakeResult r = Intakes.intake().read(mbox);
    assertThat(r.entries()).extracting(IntakeEntry::source)
        .containsExactly("inbox.mbox, message 1", "inbox.mbox, message 2");
    assertThat(r.complete()).isTrue();
    Path one = dir.resolve("one.eml");
    try {
      Files.write(one, kenya().bytes());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(Intakes.intake().read(one).requests()).hasSize(1);
  }

  @Test
  void anEmptyFileHoldsNoMessage() throws java.io.IOException {
    for (String empty : List.of("", "\n\n", "\uFEFF", "  \r\n")) {
      Path f = Files.writeString(dir.resolve("empty.mbox"), empty);
      IntakeResult r = Intakes.intake().read(f);
      assertThat(r.entries()).as("'%s'", empty).isEmpty();
      assertThat(r.complete()).isTrue();
      assertThat(r.toString()).startsWith("IntakeResult[0 messages");
    }
  }

  @Test
  void aFileThatIsNoMailIsRefusedSayingWhatItIs() throws java.io.IOException {
    Path xlsx = Files.write(dir.resolve("requests.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Intakes.intake().read(xlsx))
        .isInstanceOf(IntakeException.class)
        .hasMessage("mailbox '" + xlsx + "' is not mail: it is a zip archive, such as an .xlsx workbook or a .zip of "
            + "messages: an mbox begins with \"From \", a message with a header such as \"From:\" or \"Received:\"");
    Path msg = Files.write(dir.resolve("request.msg"), new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2});
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Intakes.intake().read(msg))
        .hasMessageContaining("is not mail: it is an Outlook .msg or .pst file; save the messages as .eml");
    Path text = Files.writeString(dir.resolve("notes.txt"), "Kenya wants to speak.\nSegment: floor\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Intakes.intake().read(text))
        .hasMessageStartingWith("mailbox '" + text + "' is not mail: an mbox begins with");
    Path pdf = Files.writeString(dir.resolve("note.pdf"), "%PDF-1.4\n%âãÏÓ\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Intakes.intake().read(pdf))
        .isInstanceOf(IntakeException.class);
  }

  @Test
  void inAFolderAnEmptyFileOrOneThatIsNoMessageIsAnEntryToReview() throws java.io.IOException {
    Intakes.folder(dir, List.of(kenya()));
    Files.writeString(dir.resolve("02.eml"), "");
    Files.write(dir.resolve("03.eml"), new byte[] {'P', 'K', 3, 4});
    IntakeResult r = Intakes.intake().read(dir);
    assertThat(r.entries()).extracting(IntakeEntry::outcome)
        .containsExactly(Outcome.REQUEST, Outcome.REVIEW, Outcome.REVIEW);
    assertThat(r.entries().subList(1, 3)).extracting(e -> e.reason().orElseThrow()).containsOnly(Reason.UNREADABLE);
    assertThat(r.entries().get(1).reason().get().describe(Locale.ENGLISH, r.entries().get(1).detail()))
        .isEqualTo("The message could not be read: the file is empty.");
    assertThat(r.entries().get(2).reason().get().describe(Locale.FRENCH, r.entries().get(2).detail()))
        .isEqualTo("Le message n'a pas pu être lu : le fichier n'est pas un message : il ne commence pas par un "
            + "en-tête.");
  }

  @Test
  void aMessageSavedWithItsMboxSeparatorLineReadsInAFolderToo() throws java.io.IOException {
    Intakes.folder(dir, List.of(kenya()));
    byte[] raw = Files.readAllBytes(dir.resolve("01.eml"));
    byte[] line = "From mission@kenya.example Mon Nov 25 09:15:07 2019\n".getBytes(StandardCharsets.US_ASCII);
    byte[] both = java.util.Arrays.copyOf(line, line.length + raw.length);
    System.arraycopy(raw, 0, both, line.length, raw.length);
    Files.write(dir.resolve("01.eml"), both);
    IntakeResult r = Intakes.intake().read(dir);
    assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.speaker().name()).contains("Ms Jane Wanjiru"));
  }

  @Test
  void listAndBulkMessagesGoToReviewAsSuch() {
    IntakeResult r = read(kenya().id("<1@x>").header("List-Id", "<news.kenya.example>"),
        kenya().id("<2@x>").header("Precedence", "bulk"), kenya().id("<3@x>").header("Precedence", "junk"),
        kenya().id("<4@x>").header("Precedence", "list"), kenya().id("<5@x>").header("Precedence", "first-class"));
    assertThat(r.entries()).extracting(e -> e.reason().orElse(null))
        .containsExactly(Reason.LIST, Reason.LIST, Reason.LIST, Reason.LIST, null);
    assertThat(r.entries().get(0).reason().get().describe(Locale.ENGLISH, r.entries().get(0).detail()))
        .isEqualTo("A message sent to a mailing list or in bulk, by mission@kenya.example.");
  }

  @Test
  void aReadReceiptIsAnAutomaticReplyAndAReportOfDeliveryABounce() {
    Mail mdn = kenya().id("<m@x>").subject("Read: Request to speak");
    byte[] raw = new String(mdn.bytes(), StandardCharsets.ISO_8859_1)
        .replace("Content-Type: text/plain; charset=UTF-8", "Content-Type: multipart/report; "
            + "report-type=disposition-notification; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(readRaw(raw).entries().get(0).reason()).contains(Reason.AUTO_REPLY);
    Mail exchange = kenya().id("<n@x>").subject("Notice").header("X-MS-Exchange-Message-Is-Ndr", "");
    assertThat(read(exchange).entries().get(0).reason()).contains(Reason.BOUNCE);
  }

  @Test
  void encodedWordsInAnyCaseAndWithALanguageAreDecodedBeforeTheyAreRead() {
    assertThat(MessageReader.decoded("=?utf-8?b?VW5kZWxpdmVyYWJsZTo=?= x")).isEqualTo("Undeliverable: x");
    assertThat(MessageReader.decoded("=?UTF-8*en?B?VW5kZWxpdmVyYWJsZTo=?= x")).isEqualTo("Undeliverable: x");
    assertThat(MessageReader.decoded("=?iso-8859-1*fr-CA?q?=C9chec_de_la_remise?=")).isEqualTo("Échec de la remise");
    assertThat(MessageReader.decoded("a*b =?x?")).isEqualTo("a*b =?x?");
    Mail m = kenya().id("<e@x>").set("Subject", "=?UTF-8*en?B?VW5kZWxpdmVyYWJsZTo=?= Request to speak");
    assertThat(read(m).entries().get(0).reason()).contains(Reason.BOUNCE);
  }

  @Test
  void everyMessageIsExactlyOneOutcomeAndTheCountsAddUp() {
    IntakeResult r = read(kenya().id("<1@x>"), kenya().id("<2@x>").subject("Fwd: x"),
        Mail.from("mission@kenya.example").id("<3@x>").received(RECEIVED.plusSeconds(5), PARIS).subject("Cancel"),
        Mail.from("x@unknown.example").id("<4@x>").received(RECEIVED, PARIS));
    int sum = 0;
    for (Outcome o : Outcome.values()) {
      sum += r.count(o);
    }
    assertThat(sum).isEqualTo(r.entries().size()).isEqualTo(4);
    assertThat(r.toString()).contains("4 messages: request 1, cancellation 1, replacement 0, review 2");
  }

  @Test
  void anUndeclaredCharsetReadsAsWindows1252WithoutANote() {
    byte[] raw = ("From: mission@kenya.example\r\nMessage-ID: <w@x>\r\n"
        + "Received: from a by b; Mon, 25 Nov 2019 10:15:07 +0100\r\nContent-Type: text/plain\r\n\r\n"
        + "Speaker: Zo\u00eb \u0093Envoy\u0094\r\nSegment: floor\r\n").getBytes(StandardCharsets.ISO_8859_1);
    IntakeResult r = readRaw(raw);
    assertThat(r.requests().get(0).speaker().name()).contains("Zoë “Envoy”");
    assertThat(r.entries().get(0).notes()).isEmpty();
  }

  @Test
  void malformedUtf8IsReplacedWithANote() {
    byte[] raw = ("From: mission@kenya.example\r\nMessage-ID: <m@x>\r\n"
        + "Received: from a by b; Mon, 25 Nov 2019 10:15:07 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Speaker: Zo\u00eb\r\nSegment: floor\r\n").getBytes(StandardCharsets.ISO_8859_1);
    IntakeResult r = readRaw(raw);
    assertThat(r.requests().get(0).speaker().name()).contains("Zo\ufffd");
    assertThat(r.entries().get(0).notes()).singleElement()
        .satisfies(n -> assertThat(n.in(Locale.FRENCH)).isEqualTo("Certains octets du texte ne sont pas valides en "
            + "UTF-8 ; ils ont été remplacés."));
  }

  @Test
  void aLongTextIsCutToTheLimitWithANote() {
    IntakeResult r = read(Intakes.settings("limit.body-chars = 100"),
        kenya().body("Segment: floor\n" + "x".repeat(500)));
    assertThat(r.entries().get(0).notes()).singleElement()
        .satisfies(n -> assertThat(n.english()).isEqualTo("Only the first 100 characters of the text were read."));
    assertThat(r.entries().get(0).outcome()).isEqualTo(Outcome.REQUEST);
  }

  @Test
  void aValueLongerThanTwoHundredCharactersIsCutWithANote() {
    String name = "N".repeat(199) + " and more";
    IntakeResult r = read(kenya().body("Speaker: " + name + "\nSegment: floor"));
    assertThat(r.requests().get(0).speaker().name().orElseThrow()).hasSize(199);
    assertThat(r.entries().get(0).notes()).singleElement()
        .satisfies(n -> assertThat(n.english()).isEqualTo("The value of \"speaker\" was cut to 200 characters."));
    assertThat(read(kenya().id("<exact@x>").body("Speaker: " + "M".repeat(200) + "\nSegment: floor"))
        .entries().get(0).notes()).isEmpty();
  }

  @Test
  void theOrderOfReceiptNotOfTheFilesDecides() {
    Mail cancel = Mail.from("mission@kenya.example").id("<c@x>").received(RECEIVED.plusSeconds(60), PARIS)
        .subject("Cancellation");
    Mail early = Mail.from("desk@minbuza.example").id("<e@x>").received(RECEIVED.minusSeconds(60), PARIS)
        .body("Segment: floor");
    Mail same = Mail.from("info@cicc.example").id("<s@x>").received(RECEIVED.minusSeconds(60), PARIS)
        .body("Segment: floor");
    IntakeResult r = read(cancel, kenya(), early, same);
    assertThat(r.entries().get(0).outcome()).isEqualTo(Outcome.CANCELLATION);
    assertThat(r.requests()).extracting(q -> q.speaker().delegation().id()).containsExactly("NLD", "CICC");
    assertThat(r.requests()).extracting(RequestToSpeak::id).containsExactly("floor-1", "floor-2");
  }

  @Test
  void aCancellationThatStatesASegmentCancelsOnlyThere() {
    Mail high = Mail.from("mission@kenya.example").id("<h@x>").received(RECEIVED.plusSeconds(10), PARIS)
        .body("Segment: high-level");
    Mail cancel = Mail.from("mission@kenya.example").id("<c@x>").received(RECEIVED.plusSeconds(60), PARIS)
        .subject("Cancellation").body("Segment: high-level");
    IntakeResult r = read(kenya(), high, cancel);
    assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.segment()).isEqualTo("floor"));
    assertThat(r.entries().get(1).notes()).singleElement()
        .satisfies(n -> assertThat(n.in(Locale.FRENCH)).isEqualTo("Annulée par 03.eml."));
    assertThat(r.entries().get(0).notes()).isEmpty();
  }

  @Test
  void theReplacedRequestSaysBywhat() {
    Mail replace = Mail.from("mission@kenya.example").id("<r@x>").received(RECEIVED.plusSeconds(60), PARIS)
        .subject("Replace speaker").body("Speaker: Mr John Otieno\nSegment: high-level");
    IntakeResult r = read(kenya(), replace);
    assertThat(r.entries().get(0).notes()).singleElement()
        .satisfies(n -> assertThat(n.english()).isEqualTo("Replaced by 02.eml."));
    assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.segment()).isEqualTo("high-level"));
  }

  @Test
  void aReadFailureIsSaidInEachLanguage() {
    IntakeSettings.Limits limits = IntakeSettings.Limits.standard();
    assertThat(Failures.of(new java.nio.file.NoSuchFileException("x.eml"), limits).english())
        .isEqualTo("the file could not be read (no such file)");
    assertThat(Failures.of(new java.nio.file.AccessDeniedException("x.eml"), limits).in(Locale.FRENCH))
        .isEqualTo("le fichier n'a pas pu être lu (access denied)");
    assertThat(Failures.of(new IllegalStateException("boom\nagain"), limits).in(Locale.FRENCH))
        .isEqualTo("l'analyse s'est arrêtée (boom again)");
    assertThat(Failures.of(new RuntimeException(new org.apache.james.mime4j.io.MaxHeaderLengthLimitException("x")),
        limits).english()).isEqualTo("a header is longer than 65,536 bytes");
  }

  @Test
  void bulletsEmphasisAndLongerLabelsAreRead() {
    RequestToSpeak q = read(kenya().body("Dear Secretariat,\n\n- *Name of the speaker:* Ms Jane Wanjiru\n"
        + "  • **Function**: Envoy\n* Segment: floor\n")).requests().get(0);
    assertThat(q.speaker().name()).contains("Ms Jane Wanjiru");
    assertThat(q.speaker().function().orElseThrow().english()).isEqualTo("Envoy");
    assertThat(q.segment()).isEqualTo("floor");
    RequestToSpeak fr = read(kenya().id("<fr@x>").body("– Nom de l'oratrice : Mme Awa Diop\nSegment : floor"))
        .requests().get(0);
    assertThat(fr.speaker().name()).contains("Mme Awa Diop");
  }

  @Test
  void aValueOnTheLineAfterItsLabelIsRead() {
    RequestToSpeak q = read(kenya().body("Speaker:\nMs Jane Wanjiru\nFunction:\nSegment: floor\n")).requests().get(0);
    assertThat(q.speaker().name()).contains("Ms Jane Wanjiru");
    assertThat(q.speaker().function()).isEmpty();
    assertThat(q.segment()).isEqualTo("floor");
  }
}
