package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;

/**
 * The replies to the delegations, read back with mime4j and with Jakarta Mail: every header, the
 * language, what each says, what is never answered, and hostile names and subjects.
 */
class AcknowledgementsTest {

  static final String SECRETARIAT = "speakers@secretariat.example";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2019-11-26T09:00:00Z"), ZoneOffset.UTC);
  static final Instant MONDAY = Instant.parse("2019-11-25T09:15:00Z");

  static final String DIRECTORY = """
      id,name_en,name_fr,constituency,addresses,language
      KEN,Kenya,Kenya,state-party,mission@kenya.example @mfa.kenya.example,
      NLD,Netherlands,Pays-Bas,state-party,@minbuza.example,es
      CICC,Coalition for the ICC,Coalition pour la CPI,civil-society,info@cicc.example,de
      """;

  @TempDir
  Path dir;

  static Plenary plenary() {
    return Plenary.builder().from(Intakes.plenary())
        .registration(Registration.of(SECRETARIAT, LocalDate.of(2019, 12, 3))).build();
  }

  static Directory directory() {
    return Directory.read(new ByteArrayInputStream(DIRECTORY.getBytes(StandardCharsets.UTF_8)), "directory.csv",
        List.<Constituency>of());
  }

  static Acknowledgements acknowledgements() {
    return Acknowledgements.of(plenary(), CLOCK).withDirectory(directory());
  }

  IntakeResult read(Mail... mails) {
    Path folder = dir.resolve("mail-" + System.nanoTime());
    try {
      Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return MailIntake.of(plenary(), directory(), IntakeSettings.defaults()).read(Intakes.folder(folder, List.of(mails)));
  }

  static Mail french() {
    return Mail.from("Mission du Kenya", "mission@kenya.example").id("<fr.1@kenya.example>")
        .header("References", "<thread.0@secretariat.example>")
        .received(MONDAY, ZoneOffset.ofHours(1)).date(MONDAY.minusSeconds(90), ZoneOffset.ofHours(3))
        .subject("Demande d'inscription sur la liste des orateurs")
        .body("Madame, Monsieur,\n\nOrateur : Mme Amina Exemple\nFonction : Ministre\nSegment : floor\n");
  }

  static Mail english(String from, String id, Instant at) {
    return Mail.from(from).id(id).received(at, ZoneOffset.UTC).subject("Request to speak")
        .body("Dear Secretariat,\n\nSpeaker: Mr Example\nSegment: floor\n");
  }

  static Acknowledgement only(List<Acknowledgement> all) {
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void aFrenchRequestIsAnsweredInFrenchWithEveryHeaderAsTwoParsersReadIt() throws Exception {
    IntakeResult r = read(french());
    Acknowledgement a = only(acknowledgements().compose(r));
    byte[] eml = a.bytes();

    Message m = Replies.mime4j(eml);
    assertThat(Replies.names(m)).containsExactlyElementsOf(Replies.HEADERS);
    Mailbox from = m.getFrom().get(0);
    assertThat(from.getName()).isEqualTo("Le Secrétariat");
    assertThat(from.getAddress()).isEqualTo(SECRETARIAT);
    Mailbox to = (Mailbox) m.getTo().get(0);
    assertThat(to.getName()).isEqualTo("Mission du Kenya");
    assertThat(to.getAddress()).isEqualTo("mission@kenya.example");
    assertThat(m.getSubject()).isEqualTo("Re: Demande d'inscription sur la liste des orateurs");
    assertThat(m.getDate().toInstant()).isEqualTo(CLOCK.instant());
    assertThat(Replies.header(m, "Date")).isEqualTo("Tue, 26 Nov 2019 10:00:00 +0100");
    assertThat(m.getMessageId()).isEqualTo(a.messageId()).matches("<ack\\.[0-9a-f]{32}@secretariat\\.example>");
    assertThat(Replies.header(m, "In-Reply-To")).isEqualTo("<fr.1@kenya.example>");
    assertThat(Replies.header(m, "References")).isEqualTo("<thread.0@secretariat.example> <fr.1@kenya.example>");
    assertThat(Replies.header(m, "Auto-Submitted")).isEqualTo("auto-replied");
    assertThat(Replies.header(m, "Content-Language")).isEqualTo("fr");
    assertThat(m.getMimeType()).isEqualTo("text/plain");
    assertThat(m.getCharset()).isEqualToIgnoringCase("UTF-8");
    String text = Replies.text(m);

    MimeMessage j = Replies.jakarta(eml);
    assertThat(Replies.names(j)).containsExactlyElementsOf(Replies.HEADERS);
    InternetAddress jFrom = (InternetAddress) j.getFrom()[0];
    assertThat(jFrom.getPersonal()).isEqualTo("Le Secrétariat");
    assertThat(jFrom.getAddress()).isEqualTo(SECRETARIAT);
    InternetAddress jTo = (InternetAddress) j.getRecipients(RecipientType.TO)[0];
    assertThat(jTo.getPersonal()).isEqualTo("Mission du Kenya");
    assertThat(jTo.getAddress()).isEqualTo("mission@kenya.example");
    assertThat(j.getRecipients(RecipientType.CC)).isNull();
    assertThat(j.getRecipients(RecipientType.BCC)).isNull();
    assertThat(j.getSubject()).isEqualTo("Re: Demande d'inscription sur la liste des orateurs");
    assertThat(j.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
    assertThat(j.getMessageID()).isEqualTo(a.messageId());
    assertThat(j.getHeader("In-Reply-To", " ")).isEqualTo("<fr.1@kenya.example>");
    assertThat(j.getHeader("References", " ")).isEqualTo("<thread.0@secretariat.example> <fr.1@kenya.example>");
    assertThat(j.getHeader("Auto-Submitted", " ")).isEqualTo("auto-replied");
    assertThat(j.getContentLanguage()).containsExactly("fr");
    assertThat(j.isMimeType("text/plain")).isTrue();
    assertThat(Replies.text(j)).isEqualTo(text);

    assertThat(a.language()).isEqualTo(Locale.FRENCH);
    assertThat(a.to()).isEqualTo("mission@kenya.example");
    assertThat(text).startsWith("Madame, Monsieur,\r\n\r\nLe Secrétariat accuse réception de votre message "
        + "«\u00A0\u2068Demande d'inscription sur la liste des orateurs\u2069\u00A0», reçu le lundi 25 novembre 2019 "
        + "à 10 h 15 (heure de La Haye).\r\n\r\n");
    assertThat(text).contains("Votre délégation est inscrite sur la liste des orateurs du segment «\u00A0\u2068Débat"
        + "\u2069\u00A0». La liste, avec l'ordre de passage et les heures prévues, sera publiée après la clôture "
        + "des inscriptions.");
    assertThat(text).contains("Orateur : \u2068Mme Amina Exemple\u2069, \u2068Ministre\u2069.");
    assertThat(text).endsWith("Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.\r\n"
        + "Le Secrétariat\r\nSession\r\nSéance plénière, La Haye, jeudi 5 décembre 2019\r\n");
  }

  @Test
  void withoutLabelsThatTellItTheDirectorysLanguageIsUsedThenEnglish() throws Exception {
    IntakeResult r = read(
        Mail.from("desk@minbuza.example").id("<es.1@minbuza.example>").received(MONDAY, ZoneOffset.UTC)
            .subject("ASP18").body("Segment: floor\n"),
        Mail.from("info@cicc.example").id("<de.1@cicc.example>").received(MONDAY.plusSeconds(60), ZoneOffset.UTC)
            .subject("ASP18").body("Segment: floor\n"),
        Mail.from("mission@kenya.example").id("<en.1@kenya.example>").received(MONDAY.plusSeconds(120), ZoneOffset.UTC)
            .subject("ASP18").body("Segment: floor\n"));
    List<Acknowledgement> all = acknowledgements().compose(r);
    assertThat(all).extracting(Acknowledgement::language)
        // NLD's entry says es; CICC's says de, which has no words here, so English; KEN's says nothing.
        .containsExactly(Locale.forLanguageTag("es"), Locale.ENGLISH, Locale.ENGLISH);
    assertThat(Replies.header(Replies.mime4j(all.get(0).bytes()), "Content-Language")).isEqualTo("es");
    assertThat(Replies.jakarta(all.get(1).bytes()).getContentLanguage()).containsExactly("en");
    assertThat(Replies.text(Replies.jakarta(all.get(0).bytes()))).startsWith("Estimados colegas:\r\n\r\n"
        + "La Secretaría acusa recibo de su mensaje «\u2068ASP18\u2069», recibido el lunes, 25 de noviembre de 2019, "
        + "a las 10:15 (hora de La Haya).");
    assertThat(Replies.text(Replies.mime4j(all.get(2).bytes()))).startsWith("Dear colleagues,\r\n\r\n"
        + "The Secretariat acknowledges receipt of your message “\u2068ASP18\u2069”, received on Monday, 25 November "
        + "2019 at 10:17 (The Hague time).");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "ar|الزملاء الكرام،|تؤكد الأمانة استلام رسالتكم «⁨ASP18⁩»، التي وردت يوم الاثنين، 25 نوفمبر 2019، الساعة 10:15 (بتوقيت لاهاي).",
      "zh|尊敬的同事：|秘书处确认收到贵方来函“⁨ASP18⁩”，收到时间：2019年11月25日星期一 10:15（海牙时间）。",
      "en|Dear colleagues,|The Secretariat acknowledges receipt of your message “⁨ASP18⁩”, received on Monday, 25 November 2019 at 10:15 (The Hague time).",
      "fr|Madame, Monsieur,|Le Secrétariat accuse réception de votre message « ⁨ASP18⁩ », reçu le lundi 25 novembre 2019 à 10 h 15 (heure de La Haye).",
      "ru|Уважаемые коллеги!|Секретариат подтверждает получение вашего сообщения «⁨ASP18⁩». Дата получения: понедельник, 25 ноября 2019\u202Fг., 10:15 (Гаага, местное время).",
      "es|Estimados colegas:|La Secretaría acusa recibo de su mensaje «⁨ASP18⁩», recibido el lunes, 25 de noviembre de 2019, a las 10:15 (hora de La Haya)."})
  void eachOfTheSixLanguagesOfTheDirectoryIsWrittenAndDeclared(String tag, String greeting, String receipt)
      throws Exception {
    String listed = DIRECTORY.replace(",es\n", "," + tag + "\n");
    Directory d = Directory.read(new ByteArrayInputStream(listed.getBytes(StandardCharsets.UTF_8)), "directory.csv",
        List.<Constituency>of());
    IntakeResult r = read(Mail.from("desk@minbuza.example").id("<l.1@minbuza.example>").received(MONDAY, ZoneOffset.UTC)
        .subject("ASP18").body("Segment: floor\n"));
    byte[] eml = only(Acknowledgements.of(plenary(), CLOCK).withDirectory(d).compose(r)).bytes();
    MimeMessage j = Replies.jakarta(eml);
    assertThat(j.getContentLanguage()).containsExactly(tag);
    assertThat(Replies.header(Replies.mime4j(eml), "Content-Language")).isEqualTo(tag);
    assertThat(Replies.text(j)).startsWith(greeting + "\r\n\r\n" + receipt + "\r\n\r\n");
    assertThat(Replies.text(Replies.mime4j(eml))).isEqualTo(Replies.text(j));
  }

  @Test
  void withoutADirectoryTheLanguageOfTheLabelsOrEnglish() throws Exception {
    IntakeResult r = read(french(), Mail.from("desk@minbuza.example").id("<es.1@minbuza.example>")
        .received(MONDAY.plusSeconds(60), ZoneOffset.UTC).subject("ASP18").body("Segment: floor\n"));
    assertThat(Acknowledgements.of(plenary(), CLOCK).compose(r)).extracting(Acknowledgement::language)
        .containsExactly(Locale.FRENCH, Locale.ENGLISH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Auto-Submitted: auto-replied", "Auto-Submitted: auto-generated",
      "Auto-Submitted: auto-notified; owner-email=\"x@kenya.example\"", "Precedence: bulk", "Precedence: junk",
      "Precedence: list", "Precedence: auto_reply", "List-Id: Speakers <speakers.lists.kenya.example>",
      "X-Autoreply: yes", "X-Autorespond: yes"})
  void aMessageAMachineOrAListSentIsNeverAnswered(String header) {
    int colon = header.indexOf(':');
    IntakeResult r = read(english("mission@kenya.example", "<auto.1@kenya.example>", MONDAY)
        .header(header.substring(0, colon), header.substring(colon + 2)));
    assertThat(r.entries()).singleElement().matches(IntakeEntry::automatic, "automatic");
    assertThat(acknowledgements().compose(r)).isEmpty();
  }

  @Test
  void autoSubmittedNoIsAPersonAndIsAnswered() throws Exception {
    IntakeResult r = read(english("mission@kenya.example", "<no.1@kenya.example>", MONDAY)
        .header("Auto-Submitted", "no"));
    assertThat(r.entries().get(0).automatic()).isFalse();
    assertThat(Replies.header(Replies.mime4j(only(acknowledgements().compose(r)).bytes()), "In-Reply-To"))
        .isEqualTo("<no.1@kenya.example>");
  }

  @Test
  void bouncesAndStrangersUnreadableMessagesAreNeverAnswered() throws Exception {
    Mail report = english("mission@kenya.example", "<dsn.1@kenya.example>", MONDAY).part(
        "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.kenya.example\r\n\r\n"
            + "Final-Recipient: rfc822; speakers@secretariat.example\r\nAction: failed\r\nStatus: 5.1.1\r\n");
    Mail daemon = english("MAILER-DAEMON@mx.kenya.example", "<dsn.2@mx.kenya.example>", MONDAY.plusSeconds(60))
        .subject("Undelivered Mail Returned to Sender");
    Mail person = english("mission@kenya.example", "<person.1@kenya.example>", MONDAY.plusSeconds(120));
    IntakeResult r = read(report, daemon, person);
    assertThat(acknowledgements().compose(r)).extracting(a -> a.answers().messageId().orElseThrow())
        .containsExactly("<person.1@kenya.example>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner-speakers@kenya.example", "speakers-request@kenya.example", "no-reply@kenya.example",
      "NoReply@kenya.example", "do-not-reply@kenya.example", "donotreply@kenya.example", "bounces@kenya.example",
      SECRETARIAT})
  void anAddressOnlyAMachineOrTheSecretariatItselfWritesFromIsNeverAnswered(String address) throws Exception {
    String directory = DIRECTORY.replace("mission@kenya.example @mfa.kenya.example", "@kenya.example "
        + SECRETARIAT);
    IntakeResult r = MailIntake.of(plenary(), Directory.read(new ByteArrayInputStream(directory.getBytes(
        StandardCharsets.UTF_8)), "directory.csv", List.<Constituency>of()), IntakeSettings.defaults())
        .read(Intakes.folder(Files.createDirectory(dir.resolve("machines")), List.of(
            english(address, "<m.1@kenya.example>", MONDAY),
            english("mission@kenya.example", "<p.1@kenya.example>", MONDAY.plusSeconds(60)))));
    assertThat(r.entries()).allMatch(e -> e.delegation().isPresent() && !e.automatic());
    assertThat(acknowledgements().compose(r)).extracting(Acknowledgement::to).containsExactly("mission@kenya.example");
  }

  @Test
  void withAPlanARequestSaysItsPlaceAndTimeOrItsPlaceOnTheWaitingListAndWhy() throws Exception {
    IntakeResult r = read(english("mission@kenya.example", "<a@kenya.example>", MONDAY),
        english("desk@minbuza.example", "<b@minbuza.example>", MONDAY.plusSeconds(3600)),
        english("info@cicc.example", "<c@cicc.example>", MONDAY.plusSeconds(7200)));
    Plan planned = Planner.of(RuleSet.of()).plan(plenary(), r.requests());
    Slot second = planned.slots("floor").get(1);
    List<Slot> slots = new java.util.ArrayList<>(planned.slots());
    slots.remove(second);
    Plan plan = Plan.builder().from(planned).slots(slots).addWaitingList(WaitingEntry.of("floor",
        second.request().orElseThrow(), List.of(Decision.of(Decision.Kind.WAIT_LISTED, "deadline.test",
            LocalizedText.of("Received after the deadline.", "Reçue après la date limite."))))).build();
    List<Acknowledgement> all = Acknowledgements.of(plenary(), CLOCK).withPlan(plan).compose(r);
    assertThat(Replies.text(Replies.mime4j(all.get(0).bytes()))).contains("Your delegation is inscribed on the "
        + "list of speakers for “\u2068The floor\u2069”, as speaker number 1. On the present plan, it will take the "
        + "floor at about 10:00 on Thursday, 5 December 2019 (The Hague time).",
        "Speaker: \u2068Mr Example\u2069.");
    assertThat(Replies.text(Replies.jakarta(all.get(1).bytes()))).contains("Your delegation's request to speak "
        + "in “\u2068The floor\u2069” is number 1 on the waiting list. Received after the deadline. Speakers on the "
        + "waiting list may be given the floor, in that order, if time allows.");
    assertThat(Replies.text(Replies.mime4j(all.get(2).bytes()))).contains("as speaker number 2. On the present "
        + "plan, it will take the floor at about 10:03 on Thursday");
  }

  @Test
  void aRefusedRequestAsksForNoSpeakerAndIsNotCountedOnTheWaitingList() throws Exception {
    Mail unnamed = Mail.from("mission@kenya.example").id("<n@kenya.example>").received(MONDAY, ZoneOffset.UTC)
        .subject("Request to speak").body("Dear Secretariat,\n\nSegment: floor\n");
    IntakeResult r = read(unnamed, english("desk@minbuza.example", "<b@minbuza.example>", MONDAY.plusSeconds(3600)));
    Plan planned = Planner.of(RuleSet.of()).plan(plenary(), r.requests());
    Slot first = planned.slots("floor").get(0);
    Slot second = planned.slots("floor").get(1);
    List<Slot> slots = new java.util.ArrayList<>(planned.slots());
    slots.remove(first);
    slots.remove(second);
    Plan plan = Plan.builder().from(planned).slots(slots)
        .addWaitingList(WaitingEntry.of("floor", first.request().orElseThrow(),
            List.of(Decision.of(Decision.Kind.REFUSED, "once.test", LocalizedText.of("Already on the list.")))))
        .addWaitingList(WaitingEntry.of("floor", second.request().orElseThrow(),
            List.of(Decision.of(Decision.Kind.WAIT_LISTED, "deadline.test", LocalizedText.of("Late.")))))
        .build();
    assertThat(plan.waitingList()).extracting(WaitingEntry::mayStillSpeak).containsExactly(false, true);
    List<Acknowledgement> all = Acknowledgements.of(plenary(), CLOCK).withPlan(plan).compose(r);
    String refused = Replies.text(Replies.mime4j(all.get(0).bytes()));
    assertThat(refused).contains("Your delegation's request to speak in “\u2068The floor\u2069” could not be "
        + "accepted. Already on the list.").doesNotContain("name and function of the speaker");
    assertThat(Replies.text(Replies.jakarta(all.get(1).bytes()))).contains("Your delegation's request to speak "
        + "in “\u2068The floor\u2069” is number 1 on the waiting list. Late.");
  }

  @Test
  void aReplacementAndACancellationSayWhatBecameOfTheRequest() throws Exception {
    Mail request = english("mission@kenya.example", "<r.1@kenya.example>", MONDAY);
    Mail replacement = Mail.from("mission@kenya.example").id("<r.2@kenya.example>")
        .received(MONDAY.plusSeconds(3600), ZoneOffset.UTC).subject("Replacement of speaker")
        .body("Speaker: Ms Other\nFunction: Legal Adviser\nSegment: floor\n");
    Mail cancellation = Mail.from("desk@minbuza.example").id("<c.1@minbuza.example>")
        .received(MONDAY.plusSeconds(7200), ZoneOffset.UTC).subject("Cancellation of our request to speak")
        .body("Segment: floor\n");
    List<Acknowledgement> all = acknowledgements().compose(read(request, replacement, cancellation));
    assertThat(Replies.text(Replies.mime4j(all.get(0).bytes()))).contains("This request no longer stands: your "
        + "delegation replaced it by its message received on Monday, 25 November 2019 at 11:15 (The Hague time), "
        + "and our reply to that message gives its place.");
    assertThat(Replies.text(Replies.mime4j(all.get(1).bytes()))).contains("As your delegation asked, its request "
        + "to speak has been changed.", "for “\u2068The floor\u2069”. The list, with the order of speakers",
        "Speaker: \u2068Ms Other\u2069, \u2068Legal Adviser\u2069.");
    // The Netherlands have no request: the cancellation goes to review, in English, the language of its words,
    // rather than in Spanish, as the directory says.
    assertThat(Replies.text(Replies.jakarta(all.get(2).bytes()))).contains("Your message withdraws a request to "
        + "speak, but the list of speakers holds none from your delegation, so nothing has been changed.");
  }

  @Test
  void aReviewEntrySaysWhatTheDelegationShouldDo() throws Exception {
    IntakeResult r = read(english("someone@elsewhere.example", "<u.1@elsewhere.example>", MONDAY),
        Mail.from("mission@kenya.example").id("<n.1@kenya.example>").received(MONDAY.plusSeconds(60), ZoneOffset.UTC)
            .subject("Request to speak").body("Speaker: Mr Example\n"),
        Mail.from("mission@kenya.example").id("<s.1@kenya.example>").received(MONDAY.plusSeconds(120), ZoneOffset.UTC)
            .subject("Request to speak").body("Speaker: Mr Example\nSegment: closing\n"),
        Mail.from("mission@kenya.example").id("<f.1@kenya.example>").received(MONDAY.plusSeconds(180), ZoneOffset.UTC)
            .subject("Fwd: Request to speak").body("Speaker: Mr Example\nSegment: floor\n"));
    List<String> texts = acknowledgements().compose(r).stream().map(a -> Replies.text(Replies.mime4j(a.bytes())))
        .toList();
    assertThat(texts).hasSize(4);
    assertThat(texts.get(0)).contains("Please have the request sent from the official address of the mission or "
        + "organisation.");
    assertThat(texts.get(1)).contains("Your message does not say in which part of the plenary your delegation "
        + "wishes to take the floor. Please reply stating it: “\u2068High-level statements\u2069” or "
        + "“\u2068The floor\u2069”.");
    assertThat(texts.get(2)).contains("Your message names “\u2068closing\u2069”, which is not a part of the plenary "
        + "open to requests to speak.");
    assertThat(texts.get(3)).contains("the delegation concerned should write to the Secretariat itself");
  }

  @Test
  void hostileSubjectsAndNamesBecomeEncodedWordsNeverHeaders() throws Exception {
    String injected = "Request to speak\r\nBcc: victim@evil.example\r\nX-Injected: yes";
    String rtl = "\u0637\u0644\u0628 \u0627\u0644\u0643\u0644\u0645\u0629 \u202Efdp.exe";
    String longName = "Délégation ".repeat(300) + "\u05D0\u05D1 漢字 😀";
    Mail crlfSubject = english("mission@kenya.example", "<h.1@kenya.example>", MONDAY)
        .set("Subject", "=?UTF-8?B?" + Base64.getEncoder().encodeToString(injected.getBytes(StandardCharsets.UTF_8))
            + "?=");
    Mail crlfName = english("mission@kenya.example", "<h.2@kenya.example>", MONDAY.plusSeconds(60))
        .set("From", "=?UTF-8?B?" + Base64.getEncoder().encodeToString("Evil\r\nBcc: victim@evil.example"
            .getBytes(StandardCharsets.UTF_8)) + "?= <mission@kenya.example>");
    Mail rightToLeft = Mail.from("\u0648\u0641\u062F \u0643\u064A\u0646\u064A\u0627 \u202E", "mission@kenya.example")
        .id("<h.3@kenya.example>").received(MONDAY.plusSeconds(120), ZoneOffset.UTC).subject(rtl)
        .body("Speaker: \u202Eمتكلم\nSegment: floor\n");
    Mail huge = Mail.from(longName, "mission@kenya.example").id("<h.4@kenya.example>")
        .received(MONDAY.plusSeconds(180), ZoneOffset.UTC).subject("Request " + "x".repeat(900) + " é")
        .body("Speaker: " + longName + "\nSegment: floor\n");
    IntakeResult read = read(crlfSubject, crlfName, rightToLeft, huge);
    List<Acknowledgement> all = acknowledgements().compose(read);
    assertThat(all).as(read.entries().toString()).hasSize(4);
    for (Acknowledgement a : all) {
      byte[] eml = a.bytes();
      String header = Replies.rawHeader(eml);
      assertThat(header.chars()).as("header bytes of " + a).allMatch(c -> c >= 0x20 && c < 0x7F || c == '\r' || c == '\n');
      for (String line : header.split("\r\n")) {
        assertThat(line.length()).as("line of " + a.file()).isLessThanOrEqualTo(998);
        assertThat(line).doesNotStartWithIgnoringCase("bcc:").doesNotStartWithIgnoringCase("x-injected:");
      }
      assertThat(header.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
      assertThat(Replies.names(Replies.mime4j(eml))).containsExactlyElementsOf(Replies.HEADERS);
      MimeMessage j = Replies.jakarta(eml);
      assertThat(Replies.names(j)).containsExactlyElementsOf(Replies.HEADERS);
      assertThat(j.getRecipients(RecipientType.BCC)).isNull();
      assertThat(((InternetAddress) j.getRecipients(RecipientType.TO)[0]).getAddress()).isEqualTo("mission@kenya.example");
      assertThat(Replies.text(j)).isEqualTo(Replies.text(Replies.mime4j(eml)));
    }
    assertThat(Replies.jakarta(all.get(0).bytes()).getSubject())
        .isEqualTo("Re: Request to speak Bcc: victim@evil.example X-Injected: yes");
    assertThat(Replies.mime4j(all.get(0).bytes()).getSubject())
        .isEqualTo("Re: Request to speak Bcc: victim@evil.example X-Injected: yes");
    assertThat(((InternetAddress) Replies.jakarta(all.get(1).bytes()).getRecipients(RecipientType.TO)[0]).getPersonal())
        .isEqualTo("Evil Bcc: victim@evil.example");
    // Right-to-left text stays; the override that would turn it around does not.
    MimeMessage arabic = Replies.jakarta(all.get(2).bytes());
    assertThat(arabic.getSubject()).isEqualTo("Re: \u0637\u0644\u0628 \u0627\u0644\u0643\u0644\u0645\u0629 fdp.exe");
    assertThat(((InternetAddress) arabic.getRecipients(RecipientType.TO)[0]).getPersonal())
        .isEqualTo("\u0648\u0641\u062F \u0643\u064A\u0646\u064A\u0627");
    assertThat(Replies.text(arabic)).doesNotContain("\u202E").contains("Speaker: \u2068متكلم\u2069.");
    MimeMessage big = Replies.jakarta(all.get(3).bytes());
    assertThat(big.getSubject()).isEqualTo("Re: Request " + "x".repeat(900) + " é");
    assertThat(((InternetAddress) big.getRecipients(RecipientType.TO)[0]).getPersonal())
        .isEqualTo(longName.substring(0, 200).strip());
  }

  @Test
  void anEntryMadeByHandWithLineBreaksInItsHeadersCannotBreakTheMessage() throws Exception {
    IntakeEntry e = new IntakeEntry("by hand", Optional.of("<hand.1@kenya.example>"), Outcome.REVIEW,
        directory().find("mission@kenya.example"), Optional.of(MONDAY), Optional.of(Reason.AMBIGUOUS), Optional.empty(),
        Optional.of("mission@kenya.example"), Optional.of("Hello\r\nBcc: victim@evil.example\r\n\r\nbody"),
        Optional.empty(), List.of(), Optional.of("Name\r\nCc: other@evil.example"), Optional.empty(),
        List.of("<ok@kenya.example>", "not an id\r\nBcc: x@evil.example", "<also ok@x>"), false);
    IntakeResult r = new IntakeResult(List.of(e), List.of(), List.of(), List.of(), List.of());
    byte[] eml = only(acknowledgements().compose(r)).bytes();
    for (MimeMessage j : List.of(Replies.jakarta(eml))) {
      assertThat(Replies.names(j)).containsExactlyElementsOf(Replies.HEADERS);
      assertThat(j.getSubject()).isEqualTo("Re: Hello Bcc: victim@evil.example body");
      assertThat(j.getRecipients(RecipientType.CC)).isNull();
      assertThat(j.getHeader("References", " ")).isEqualTo("<ok@kenya.example> <hand.1@kenya.example>");
    }
    Message m = Replies.mime4j(eml);
    assertThat(Replies.names(m)).containsExactlyElementsOf(Replies.HEADERS);
    assertThat(((Mailbox) m.getTo().get(0)).getName()).isEqualTo("Name Cc: other@evil.example");
  }

  @Test
  void theOutboxHoldsOneFilePerReplyNamedInOrderOfReceiptAndNothingLeftFromBefore() throws Exception {
    // Read in this order, received in another.
    IntakeResult r = read(english("mission@kenya.example", "<late@kenya.example>", MONDAY.plusSeconds(7200)),
        english("desk@minbuza.example", "<early@minbuza.example>", MONDAY),
        english("MAILER-DAEMON@mx.example", "<bounce@mx.example>", MONDAY.plusSeconds(10)),
        english("info@cicc.example", "<middle@cicc.example>", MONDAY.plusSeconds(3600)));
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("outbox"));
    Files.writeString(out.resolve("outbox/9999-old.eml"), "left from an earlier run");
    Files.writeString(out.resolve("outbox/notes.txt"), "not ours");
    List<Acknowledgement> written = acknowledgements().write(r, out);
    List<String> names;
    try (Stream<Path> s = Files.list(out.resolve("outbox"))) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).containsExactly("0001-nld.eml", "0002-cicc.eml", "0003-ken.eml", "notes.txt");
    assertThat(written).extracting(Acknowledgement::file).containsExactly("0001-nld.eml", "0002-cicc.eml",
        "0003-ken.eml");
    for (Acknowledgement a : written) {
      assertThat(Files.readAllBytes(out.resolve("outbox").resolve(a.file()))).isEqualTo(a.bytes());
    }
    assertThat(written).extracting(a -> Replies.header(Replies.mime4j(a.bytes()), "In-Reply-To"))
        .containsExactly("<early@minbuza.example>", "<middle@cicc.example>", "<late@kenya.example>");
  }

  @Test
  void theSameBytesWhateverTheDefaultLocaleAndZoneAndTheSameMessageIdAtEveryRun() throws Exception {
    IntakeResult r = read(french(), english("desk@minbuza.example", "<b@minbuza.example>", MONDAY.plusSeconds(60)));
    List<byte[]> first = acknowledgements().compose(r).stream().map(Acknowledgement::bytes).toList();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    List<byte[]> second;
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      second = acknowledgements().compose(r).stream().map(Acknowledgement::bytes).toList();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).isEqualTo(first.get(i));
    }
    assertThat(acknowledgements().compose(r).get(0).messageId()).isEqualTo(acknowledgements().compose(r).get(0)
        .messageId()).isNotEqualTo(acknowledgements().compose(r).get(1).messageId());
  }

  @Test
  void aPlenaryWithoutAnAddressToWriteFromIsRefusedByName() throws Exception {
    assertThatThrownBy(() -> Acknowledgements.of(Intakes.plenary(), CLOCK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'plenary'")
        .hasMessageContaining("no registration address");
    Plenary web = Plenary.builder().from(Intakes.plenary())
        .registration(Registration.of("https://asp.example/register", LocalDate.of(2019, 12, 3))).build();
    assertThatThrownBy(() -> Acknowledgements.of(web, CLOCK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'https://asp.example/register'").hasMessageContaining("not an e-mail address");
  }

  @Test
  void theWordsAreCompleteInTheSixLanguagesWithEnglishsPlaceholders() throws Exception {
    for (Locale l : org.plenary.core.text.LocalizedText.OFFICIAL_LANGUAGES) {
      assertThat(ReplyText.WORDS.differences(l)).as(l.toLanguageTag()).isEmpty();
    }
  }

  @Test
  void readsAsItSays() throws Exception {
    assertThat(acknowledgements().toString())
        .isEqualTo("Acknowledgements[plenary from speakers@secretariat.example, with a directory]");
    Acknowledgement a = only(acknowledgements().compose(read(french())));
    assertThat(a.toString()).isEqualTo("0001-ken.eml to mission@kenya.example (fr), answering 01.eml");
  }
}
