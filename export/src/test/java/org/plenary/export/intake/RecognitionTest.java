package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.text.LocalizedText;

/**
 * A message is a request, a cancellation or a replacement only if it says so. Requests as delegations
 * write them in the six languages, with no template line, are taken; questions, thanks and replies on
 * other matters from the same delegations go to review, with their first line. Each case is read as
 * the only message of a mailbox, after a request of the same delegation where it cancels or replaces.
 */
class RecognitionTest {

  private static final Instant AT = Instant.parse("2019-11-25T09:15:00Z");
  private static final String SETTINGS = "segment.words.high-level = high-level segment, segment de haut niveau, "
      + "segmento de alto nivel, сегмент высокого уровня, 高级别会议, الجزء الرفيع المستوى\n";

  @TempDir
  Path dir;

  /** One message as a delegation writes it, and where a person would put it. */
  record Case(String language, String what, String subject, String body, Outcome outcome, String segment) {
    @Override
    public String toString() {
      return language + ": " + what;
    }
  }

  private static Case request(String language, String what, String subject, String body) {
    return new Case(language, what, subject, body, Outcome.REQUEST, "floor");
  }

  private static Case highLevel(String language, String what, String subject, String body) {
    return new Case(language, what, subject, body, Outcome.REQUEST, "high-level");
  }

  private static Case review(String language, String what, String subject, String body) {
    return new Case(language, what, subject, body, Outcome.REVIEW, null);
  }

  static Stream<Case> requests() {
    return Stream.of(
        request("en", "note verbale", "Plenary on cooperation",
            "The Permanent Mission of Kenya presents its compliments to the Secretariat and has the honour to request "
                + "that Kenya be inscribed on the list of speakers for the plenary on cooperation."),
        request("en", "would like to take the floor", "ASP18", "Dear colleagues,\n\nKenya would like to take the floor"
            + " during the general discussion.\n\nKind regards"),
        request("en", "request in the subject alone", "Request to speak - plenary on cooperation", "Best, Jane"),
        request("en", "asked politely", "Plenary", "Could you kindly add Kenya to the list of speakers?"),
        request("en", "a statement to deliver", "Plenary", "Kenya wishes to deliver a statement at the plenary."),
        request("en", "speakers' list", "Plenary", "Kenya requests to be inscribed in the speakers' list."),
        request("en", "thanks in advance", "Plenary", "Thank you in advance for inscribing Kenya on the list of "
            + "speakers."),
        highLevel("en", "the high-level segment named", "Plenary", "H.E. Ms. Jane Wanjiru, Minister, wishes to "
            + "take the floor in the high-level segment."),
        request("fr", "note verbale", "Séance plénière", "La Mission permanente du Kenya a l’honneur de solliciter "
            + "l’inscription de sa délégation sur la liste des orateurs."),
        request("fr", "souhaiterait prendre la parole", "Plénière", "Bonjour,\n\nLe Kenya souhaiterait prendre la "
            + "parole lors du débat.\n\nCordialement"),
        request("fr", "demande d'inscription in the subject", "Demande d'inscription", "Cordialement"),
        request("fr", "sans accents", "Pleniere", "Le Kenya souhaite intervenir lors de la seance pleniere."),
        highLevel("fr", "segment de haut niveau", "Plénière", "Le ministre souhaite prendre la parole lors du segment "
            + "de haut niveau."),
        request("es", "nota verbal", "Sesión plenaria", "La Misión Permanente de Kenya tiene el honor de solicitar "
            + "que se inscriba a Kenya en la lista de oradores."),
        request("es", "uso de la palabra", "Plenaria", "Kenya desea hacer uso de la palabra en la plenaria."),
        request("es", "in the subject", "Solicitud de uso de la palabra", "Saludos"),
        highLevel("es", "segmento de alto nivel", "Plenaria", "El Canciller desea intervenir en el segmento de alto "
            + "nivel."),
        request("ru", "нота", "Пленарное заседание", "Постоянное представительство Кении имеет честь просить "
            + "включить Кению в список ораторов."),
        request("ru", "хотела бы выступить", "Пленарное заседание", "Добрый день!\n\nДелегация Кении хотела бы "
            + "выступить в ходе общей дискуссии.\n\nС уважением"),
        request("ru", "in the subject", "Заявка на выступление", "С уважением"),
        highLevel("ru", "сегмент высокого уровня", "Заседание", "Министр хотел бы выступить в рамках сегмента "
            + "высокого уровня."),
        request("zh", "照会", "全体会议", "肯尼亚常驻代表团谨请将肯尼亚代表团列入合作问题全体会议发言名单。"),
        request("zh", "希望发言", "全体会议", "您好！\n\n肯尼亚代表团希望在全体会议上发言。谢谢！"),
        request("zh", "in the subject", "发言申请", "此致"),
        highLevel("zh", "高级别会议", "全体会议", "部长希望在高级别会议上发言。"),
        request("ar", "مذكرة شفوية", "الجلسة العامة", "تتشرف البعثة الدائمة لكينيا بأن تطلب إدراج اسم كينيا في "
            + "قائمة المتكلمين."),
        request("ar", "أخذ الكلمة", "الجلسة العامة", "تود كينيا أخذ الكلمة خلال النقاش العام."),
        request("ar", "in the subject", "طلب الكلمة", "مع التحيات"),
        highLevel("ar", "الجزء الرفيع المستوى", "الجلسة العامة", "يرغب الوزير في إلقاء كلمة في الجزء الرفيع "
            + "المستوى."));
  }

  /** More ways delegations put it, each a request. */
  static Stream<Case> morePhrasings() {
    return Stream.of(
        request("en", "included in the list", "Plenary", "We would be grateful if Kenya could be included in the list "
            + "of speakers."),
        request("en", "to speak at the plenary", "Plenary", "Kindly register Kenya to speak at the plenary."),
        request("en", "address the plenary", "Plenary", "Kenya's Attorney General will address the plenary."),
        request("en", "an oral statement", "Plenary", "We wish to make an oral statement."),
        request("en", "speaking time", "Plenary", "Kenya requests speaking time during the plenary."),
        request("en", "please inscribe", "Plenary", "Please inscribe Kenya."),
        request("en", "put on the speakers list", "Plenary", "Kenya would like to be put on the speakers list."),
        request("en", "to be on the list", "Plenary", "Kenya would like to be on the list of speakers."),
        request("fr", "prendra la parole", "Plénière", "Le Kenya prendra la parole lors du débat."),
        request("fr", "liste des intervenants", "Plénière", "Merci de bien vouloir inscrire le Kenya sur la liste "
            + "des intervenants."),
        request("fr", "je vous prie d'inscrire", "Plénière", "Je vous prie de bien vouloir inscrire notre "
            + "délégation."),
        request("es", "tomará la palabra", "Plenaria", "Kenya tomará la palabra en el debate."),
        request("es", "agradeceríamos inscribir", "Plenaria", "Le agradeceríamos inscribir a Kenya."),
        request("es", "solicitud de intervención", "Solicitud de intervención", "Saludos cordiales"),
        request("ru", "выступит с заявлением", "Заседание", "Делегация Кении выступит с заявлением."),
        request("zh", "将在会上发言", "全体会议", "肯尼亚代表将在全体会议上发言。"),
        request("zh", "申请在会上发言", "全体会议", "我团申请在全体会议上发言。"),
        request("ar", "ستلقي كلمة", "الجلسة العامة", "ستلقي كينيا كلمة خلال الجلسة العامة."),
        request("ar", "مداخلة", "الجلسة العامة", "تود كينيا تقديم مداخلة خلال الجلسة العامة."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("morePhrasings")
  void moreWaysOfAskingAreTakenToo(Case c) {
    aRequestAsDelegationsWriteItIsTaken(c);
  }

  static Stream<Case> hostile() {
    return Stream.of(
        review("en", "a question", "Dress code", "Dear Secretariat,\n\nWhat is the dress code for the plenary?"),
        review("en", "a question naming the floor", "Question", "Is it still possible to take the floor?"),
        review("en", "a polite question of another kind", "Question", "Could you tell us whether statements are "
            + "limited to three minutes?"),
        review("en", "thanks", "Plenary", "Thank you for inscribing Kenya on the list of speakers."),
        review("en", "a reply on the request's thread", "RE: Request to speak", "Many thanks for the confirmation."),
        review("en", "a reply on another thread", "Re: Draft resolution", "We have no comments on the draft."),
        review("en", "a request that is denied", "Plenary", "Kenya does not wish to take the floor this time."),
        review("en", "a document", "Statement", "Please find attached the text of the statement Kenya will deliver."),
        review("fr", "une question", "Horaire", "Pourriez-vous nous confirmer l'heure de début de la séance ?"),
        review("fr", "des remerciements", "RE: Inscription", "Merci pour votre confirmation de l'inscription sur la "
            + "liste des orateurs."),
        review("fr", "une réponse sur un autre sujet", "RE: Réunion du Groupe", "Bien reçu, merci."),
        review("es", "una pregunta", "Consulta", "¿Cuánto tiempo tendrá cada delegación para hacer uso de la palabra?"),
        review("es", "agradecimiento", "RE: Plenaria", "Muchas gracias por la inscripción en la lista de oradores."),
        review("ru", "вопрос", "Вопрос", "Сколько минут отводится на выступление?"),
        review("ru", "благодарность", "RE: Заявка на выступление", "Спасибо за подтверждение!"),
        review("zh", "问题", "询问", "请问每个代表团的发言时间是多少？"),
        review("zh", "感谢", "回复：发言申请", "谢谢您确认我们已列入发言名单！"),
        review("ar", "سؤال", "استفسار", "هل يمكن إرسال نص الكلمة مسبقا؟"),
        review("ar", "شكر", "رد: طلب الكلمة", "شكرا على التأكيد."));
  }

  private IntakeResult read(Mail... mails) {
    return MailIntake.of(Intakes.plenary(), Intakes.directory(), Intakes.settings(SETTINGS + "segment.default = floor"))
        .read(Intakes.folder(dir, List.of(mails)));
  }

  private static Mail kenya(String id, Instant at, String subject, String body) {
    return Mail.from("Mission of Kenya", "mission@kenya.example").id(id).received(at, ZoneOffset.ofHours(1))
        .subject(subject).body(body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void aRequestAsDelegationsWriteItIsTaken(Case c) {
    IntakeResult r = read(kenya("<c@x>", AT, c.subject(), c.body()));
    IntakeEntry e = r.entries().get(0);
    assertThat(e.outcome()).as("%s, %s", e.reason().map(x -> x.describe(Locale.ENGLISH, e.detail())).orElse(""), c)
        .isEqualTo(Outcome.REQUEST);
    assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.segment()).isEqualTo(c.segment()));
    assertThat(e.language()).as("the language the delegation wrote in").contains(Locale.forLanguageTag(c.language()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void theWordsOfARequestTellItsLanguage(Case c) {
    Triage t = new Triage(Intakes.plenary(), Intakes.directory(), Intakes.settings(SETTINGS));
    OwnText own = OwnText.of(c.body());
    assertThat(t.recognise(Optional.of(c.subject()), own, Fields.read(own.text(), IntakeSettings.defaults()))
        .language()).contains(Locale.forLanguageTag(c.language()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aMessageThatAsksNoFloorGoesToReviewWithItsFirstLine(Case c) {
    IntakeEntry e = read(kenya("<c@x>", AT, c.subject(), c.body())).entries().get(0);
    assertThat(e.outcome()).as(c.toString()).isEqualTo(Outcome.REVIEW);
    if (!c.language().equals("en") && !c.language().equals("fr") && !c.language().equals("es")) {
      // Arabic, Chinese and Russian tell themselves by their script when no word does.
      assertThat(e.language()).contains(Locale.forLanguageTag(c.language()));
    }
    assertThat(e.reason()).contains(Reason.NOT_RECOGNISED);
    String first = OwnText.of(c.body()).firstLine().orElseThrow();
    assertThat(e.detail().orElseThrow().english()).isEqualTo(first);
    assertThat(e.reason().get().describe(Locale.ENGLISH, e.detail()))
        .isEqualTo("Not recognised as a request, a cancellation or a replacement: \"" + first + "\".");
  }

  @Test
  void theFirstLineIsTheOneAfterTheGreetingAndTheReasonReadsInEachLanguage() {
    IntakeEntry e = read(kenya("<c@x>", AT, "Dress code", "Dear Secretariat,\n\nWhat is the dress code for "
        + "the plenary on 5 December?\n\nKind regards")).entries().get(0);
    assertThat(e.detail().orElseThrow().english()).isEqualTo("What is the dress code for the plenary on 5 December?");
    assertThat(e.reason().orElseThrow().describe(Locale.FRENCH, e.detail())).isEqualTo("Le message ne se lit ni "
        + "comme une demande, ni comme une annulation, ni comme un remplacement : « What is the dress code for the "
        + "plenary on 5 December? ».");
    IntakeEntry empty = read(kenya("<d@x>", AT, "Hello", "")).entries().get(0);
    assertThat(empty.detail().orElseThrow().english()).isEqualTo("Hello");
  }

  static Stream<Case> cancellations() {
    return Stream.of(
        new Case("en", "withdraws", "Plenary", "Kenya withdraws its request to speak.", Outcome.CANCELLATION, null),
        new Case("en", "no longer, in a reply", "RE: Request to speak", "Unfortunately Kenya will no longer be able to "
            + "take the floor. Please remove us from the list of speakers.", Outcome.CANCELLATION, null),
        new Case("fr", "retire", "Plénière", "Le Kenya ne pourra finalement pas prendre la parole ; merci de bien "
            + "vouloir nous retirer de la liste des orateurs.", Outcome.CANCELLATION, null),
        new Case("es", "retira", "Retiro de la solicitud", "Lamentablemente, Kenya retira su solicitud.",
            Outcome.CANCELLATION, null),
        new Case("ru", "исключить", "Заседание", "Просим исключить Кению из списка ораторов.", Outcome.CANCELLATION,
            null),
        new Case("zh", "取消", "取消发言", "请取消我们的发言申请。", Outcome.CANCELLATION, null),
        new Case("ar", "سحب", "سحب طلب الكلمة", "تود كينيا سحب طلبها.", Outcome.CANCELLATION, null),
        new Case("en", "will not be speaking", "Plenary", "Kenya will not be speaking after all.", Outcome.CANCELLATION,
            null),
        new Case("fr", "ne prendra pas la parole", "Plénière", "Le Kenya ne prendra pas la parole.",
            Outcome.CANCELLATION, null),
        new Case("es", "no hará uso de la palabra", "Plenaria", "Kenya no hará uso de la palabra.",
            Outcome.CANCELLATION, null),
        new Case("ru", "не будет выступать", "Заседание", "Делегация Кении не будет выступать.", Outcome.CANCELLATION,
            null),
        new Case("zh", "不发言", "全体会议", "肯尼亚代表团决定不发言。", Outcome.CANCELLATION, null),
        new Case("ar", "لن تلقي", "الجلسة العامة", "لن تلقي كينيا كلمة.", Outcome.CANCELLATION, null),
        new Case("en", "change of speaker", "Change of speaker", "The statement will now be delivered by Mr. John "
            + "Otieno instead of the Ambassador.", Outcome.REPLACEMENT, "floor"),
        new Case("en", "a replacement that says whom it replaces", "Plenary", "Ms. Wanjiru will no longer speak; "
            + "she will be replaced by Mr. Otieno.", Outcome.REPLACEMENT, "floor"),
        new Case("fr", "remplacé", "Changement d'orateur", "Le ministre sera remplacé par l'ambassadrice.",
            Outcome.REPLACEMENT, "floor"),
        new Case("es", "sustituido", "Cambio de orador", "El Embajador será sustituido por la Consejera.",
            Outcome.REPLACEMENT, "floor"),
        new Case("ru", "замена", "Замена оратора", "Сообщаем о замене оратора.", Outcome.REPLACEMENT, "floor"),
        new Case("zh", "更换", "更换发言人", "我方发言人更换为一等秘书。", Outcome.REPLACEMENT, "floor"),
        new Case("ar", "استبدال", "تغيير المتكلم", "سيلقي الكلمة السكرتير الأول بدلاً من السفير.",
            Outcome.REPLACEMENT, "floor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cancellations")
  void aCancellationOrAReplacementSaysSoInItsOwnWords(Case c) {
    Mail first = kenya("<r@x>", AT, "Request to speak", "Kenya wishes to take the floor.");
    IntakeResult r = read(first, kenya("<c@x>", AT.plusSeconds(3600), c.subject(), c.body()));
    assertThat(r.entries().get(1).outcome()).as(c.toString()).isEqualTo(c.outcome());
    if (c.outcome() == Outcome.CANCELLATION) {
      assertThat(r.requests()).isEmpty();
    } else {
      assertThat(r.requests()).singleElement().satisfies(q -> assertThat(q.received()).isEqualTo(AT));
      assertThat(r.entries().get(1).requestId()).isPresent();
    }
  }

  @Test
  void aConditionReplacesNoOne() {
    IntakeResult r = read(kenya("<c@x>", AT, "Plenary", "Kenya wishes to take the floor. Should the Minister be "
        + "unable to attend, she will be replaced by the Ambassador."));
    assertThat(r.entries().get(0).outcome()).isEqualTo(Outcome.REQUEST);
  }

  @Test
  void aQuotedRequestBelowAReplyIsNotReadNeitherItsWordsNorItsTemplate() {
    String outlook = "Thank you.\n\n-----Original Message-----\nFrom: Secretariat <s@x.example>\nSent: Monday\n"
        + "To: mission@kenya.example\nSubject: Request to speak\n\nKenya wishes to take the floor.\nSegment: floor\n";
    String blocks = "Bien reçu.\n\nDe : Secrétariat\nEnvoyé : lundi 25 novembre 2019 10:00\nÀ : mission\n"
        + "Objet : Inscription\n\nSpeaker: Ms Wanjiru\nSegment: floor\n";
    String gmail = "Noted, thanks.\n\nOn Mon, 25 Nov 2019 at 10:00, Secretariat <s@x.example> wrote:\n"
        + "Delegations wishing to take the floor are invited to write.\nSegment: floor\n";
    String quoted = "Received.\n> Kenya wishes to take the floor.\n> Segment: floor\n";
    String signature = "Received, thank you.\n-- \nSpeaker: the signature's\nSegment: floor\n";
    IntakeResult r = read(kenya("<a@x>", AT, "Plenary", outlook), kenya("<b@x>", AT, "Plenary", blocks),
        kenya("<c@x>", AT, "Plenary", gmail), kenya("<d@x>", AT, "Plenary", quoted),
        kenya("<e@x>", AT, "Plenary", signature));
    assertThat(r.entries()).extracting(e -> e.reason().orElse(null)).containsOnly(Reason.NOT_RECOGNISED);
    assertThat(r.requests()).isEmpty();
  }

  @Test
  void theTemplateStillSaysSoAndItsSegmentWinsOverTheProse() {
    IntakeResult r = read(kenya("<a@x>", AT, "", "Speaker: Ms Jane Wanjiru\nSegment: floor\n\nShe is the "
        + "minister and would have liked the high-level segment."));
    assertThat(r.requests()).singleElement().satisfies(q -> {
      assertThat(q.segment()).isEqualTo("floor");
      assertThat(q.speaker().name()).contains("Ms Jane Wanjiru");
    });
  }

  @Test
  void aSegmentLineMayNameTheSegmentByItsWords() {
    IntakeResult r = read(kenya("<a@x>", AT, "Request", "Segment : haut niveau"));
    assertThat(r.entries().get(0).reason()).contains(Reason.UNKNOWN_SEGMENT);
    IntakeResult named = read(kenya("<b@x>", AT, "Request", "Segment : segment de haut niveau"));
    assertThat(named.requests()).singleElement().satisfies(q -> assertThat(q.segment()).isEqualTo("high-level"));
  }

  @Test
  void theSixLanguagesTemplateLabelsAreRead() {
    IntakeResult r = read(kenya("<a@x>", AT, "", "Orador: Sr. Juan Ejemplo\nCargo: Embajador"),
        kenya("<b@x>", AT.plusSeconds(1), "", "发言人：王某某\n职务：参赞"),
        kenya("<c@x>", AT.plusSeconds(2), "", "Выступающий: И. И. Примеров\nДолжность: советник"),
        kenya("<d@x>", AT.plusSeconds(3), "", "المتحدث: السفير"));
    assertThat(r.requests()).extracting(q -> q.speaker().name().orElse("?"))
        .containsExactly("Sr. Juan Ejemplo", "王某某", "И. И. Примеров", "السفير");
    assertThat(r.requests()).extracting(q -> q.speaker().function().map(LocalizedText::english).orElse("-"))
        .containsExactly("Embajador", "参赞", "советник", "-");
  }

  private static Plenary twoSegments(Optional<String> list) {
    Plenary base = Intakes.plenary();
    return Plenary.builder().from(base).listSegment(list).build();
  }

  private IntakeResult readFor(Plenary plenary, String settings, Mail... mails) {
    return MailIntake.of(plenary, Intakes.directory(), Intakes.settings(settings))
        .read(Intakes.folder(dir, List.of(mails)));
  }

  @Test
  void aRequestThatNamesNoSegmentGoesWhereThePlenarySaysUnlessTheSettingsSayOtherwise() {
    Mail m = kenya("<a@x>", AT, "Request to speak", "Kenya wishes to take the floor.");
    assertThat(readFor(twoSegments(Optional.empty()), "", m).entries().get(0).reason()).contains(Reason.NO_SEGMENT);
    assertThat(readFor(twoSegments(Optional.of("floor")), "", m).requests().get(0).segment()).isEqualTo("floor");
    assertThat(readFor(twoSegments(Optional.of("floor")), "segment.default = high-level", m).requests().get(0)
        .segment()).isEqualTo("high-level");
    Plenary one = Plenary.builder().from(Intakes.plenary()).segments(List.of(
        Segment.builder().id("opening").title(LocalizedText.of("Opening")).build(),
        Segment.builder().id("debate").title(LocalizedText.of("Debate")).takesRequests(true).build())).build();
    assertThat(readFor(one, "", m).requests().get(0).segment()).isEqualTo("debate");
    IntakeResult sheet = SheetIntake.of(twoSegments(Optional.of("floor")), Intakes.directory(), IntakeSettings.defaults())
        .read(new java.io.ByteArrayInputStream("delegation,received\nKEN,2019-11-25T09:15:00Z\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "desk.csv");
    assertThat(sheet.requests()).singleElement().satisfies(q -> assertThat(q.segment()).isEqualTo("floor"));
  }

  @Test
  void aDefaultSegmentThatTakesNoRequestsIsRefusedNamingKeyAndValue() {
    assertThatThrownBy(() -> MailIntake.of(Intakes.plenary(), Intakes.directory(),
        Intakes.settings("segment.default = opening")))
        .isInstanceOf(IntakeException.class)
        .hasMessage("segment.default 'opening' is none of the segments of the plenary that take requests: "
            + "[high-level, floor]");
  }

  @Test
  void everyCaseIsOneEntryAndTheCountsAddUp() {
    List<Mail> mails = new ArrayList<>();
    List<Case> all = Stream.concat(requests(), hostile()).toList();
    for (int i = 0; i < all.size(); i++) {
      mails.add(Mail.from("desk" + i + "@minbuza.example").id("<m" + i + "@x>").received(AT.plusSeconds(i),
          ZoneOffset.UTC).subject(all.get(i).subject()).body(all.get(i).body()));
    }
    IntakeResult r = read(mails.toArray(Mail[]::new));
    assertThat(r.entries()).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(r.entries().get(i).outcome()).as(all.get(i).toString()).isEqualTo(all.get(i).outcome());
    }
    assertThat(r.count(Outcome.REQUEST)).isEqualTo(requests().count());
  }
}
