package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated mailboxes of what a Secretariat receives, in the six languages: requests with no template
 * line, questions, thanks, automatic replies and delivery reports, from known delegations and
 * strangers, with neutral sentences around them. Nothing is lost (one entry per message, the counts
 * add up) and each message ends where a person would put it, whatever else the mailbox holds.
 */
class TriageProperties {

  /** What a message is, as its writer meant it. */
  enum Kind { REQUEST, QUESTION, THANKS, AUTO_REPLY, BOUNCE, STRANGER }

  private static final List<List<String>> REQUESTS = List.of(
      List.of("Kenya would like to take the floor at the plenary on cooperation.",
          "The Mission has the honour to request that Kenya be inscribed on the list of speakers.",
          "Please add Kenya to the list of speakers."),
      List.of("Le Kenya souhaite prendre la parole lors de la séance plénière.",
          "La Mission a l'honneur de solliciter l'inscription du Kenya sur la liste des orateurs."),
      List.of("Kenya desea hacer uso de la palabra en la plenaria.",
          "La Misión solicita que se inscriba a Kenya en la lista de oradores."),
      List.of("Делегация Кении хотела бы выступить на пленарном заседании.",
          "Представительство просит включить Кению в список ораторов."),
      List.of("肯尼亚代表团希望在全体会议上发言。", "请将肯尼亚列入发言名单。"),
      List.of("تود كينيا أخذ الكلمة خلال الجلسة العامة.", "تطلب البعثة إدراج كينيا في قائمة المتكلمين."));
  private static final List<String> QUESTIONS = List.of("Is it still possible to take the floor?",
      "Quelle est l'heure de début de la séance ?", "¿Cuánto tiempo tendrá cada delegación para intervenir?",
      "Сколько минут отводится на выступление?", "请问发言时间是多少？", "هل يمكن إرسال نص الكلمة مسبقا؟");
  private static final List<String> THANKS = List.of("Thank you for inscribing Kenya on the list of speakers.",
      "Merci pour votre confirmation.", "Muchas gracias por la inscripción en la lista de oradores.",
      "Спасибо за подтверждение!", "谢谢您确认我们已列入发言名单！", "شكرا على التأكيد.");
  private static final List<String> AUTO_REPLIES = List.of("Automatic reply: ", "Réponse automatique : ",
      "Respuesta automática: ", "Автоматический ответ: ", "自动回复: ", "رد تلقائي: ", "Out of Office: ");
  private static final List<String> BOUNCES = List.of("Undeliverable: ", "Non remis : ", "No se puede entregar: ",
      "Не доставлено: ", "无法投递: ", "تعذر التسليم: ", "Mail delivery failed: ", "failure notice ");
  private static final List<String> NEUTRAL = List.of("We look forward to a fruitful discussion.",
      "Nous nous réjouissons de cette séance.", "Esperamos un debate fructífero.",
      "Мы рассчитываем на плодотворную дискуссию.", "我们期待富有成果的讨论。", "نتطلع إلى نقاش مثمر.",
      "The plenary is on 5 December.");

  /** One generated message: its kind, its words (by index into the pools) and what surrounds them. */
  record Message(Kind kind, int language, int phrasing, List<String> before, List<String> after, boolean html) {

    Mail mail(int n, Instant at) {
      String body = String.join("\n\n", Stream.of(before.stream(), Stream.of(core()), after.stream())
          .flatMap(s -> s).toList());
      String subject = switch (kind) {
        case AUTO_REPLY -> AUTO_REPLIES.get(language % AUTO_REPLIES.size()) + "Plenary on cooperation";
        case BOUNCE -> BOUNCES.get(language % BOUNCES.size()) + "Plenary on cooperation";
        case THANKS -> "RE: Plenary on cooperation";
        default -> "Plenary on cooperation";
      };
      String sender = kind == Kind.STRANGER ? "someone" + n + "@elsewhere.example"
          : kind == Kind.BOUNCE && n % 2 == 0 ? "postmaster@mfa.kenya.example" : "desk" + n + "@mfa.kenya.example";
      Mail m = Mail.from(sender).id("<gen." + n + "@test.example>").received(at, ZoneOffset.ofHours(1))
          .subject(subject);
      if (html) {
        m.html().body("<html><body>" + String.join("", body.lines().map(l -> "<p>" + l.replace("&", "&amp;")
            .replace("<", "&lt;") + "</p>").toList()) + "</body></html>");
      } else {
        m.body(body);
      }
      return m;
    }

    private String core() {
      return switch (kind) {
        case REQUEST, STRANGER, BOUNCE, AUTO_REPLY -> {
          List<String> pool = REQUESTS.get(language % REQUESTS.size());
          yield pool.get(phrasing % pool.size());
        }
        case QUESTION -> QUESTIONS.get(language % QUESTIONS.size());
        case THANKS -> THANKS.get(language % THANKS.size());
      };
    }

    /** Where a person puts it: on the list, or on the review list for this reason. */
    Reason expected() {
      return switch (kind) {
        case REQUEST -> null;
        case QUESTION, THANKS -> Reason.NOT_RECOGNISED;
        case AUTO_REPLY -> Reason.AUTO_REPLY;
        case BOUNCE -> Reason.BOUNCE;
        case STRANGER -> Reason.UNKNOWN_SENDER;
      };
    }
  }

  @Property(tries = 60)
  void everyMessageEndsWhereAPersonWouldPutItAndNothingIsLost(@ForAll("mailboxes") List<Message> messages,
      @ForAll boolean asMbox) throws IOException {
    Path dir = Files.createTempDirectory("triage-property");
    try {
      Instant at = Instant.parse("2019-11-20T09:00:00Z");
      List<Mail> mails = new ArrayList<>();
      for (int i = 0; i < messages.size(); i++) {
        mails.add(messages.get(i).mail(i, at.plusSeconds(60L * i)));
      }
      MailIntake intake = MailIntake.of(Intakes.plenary(), Intakes.directory(), Intakes.settings("segment.default = floor"));
      IntakeResult r = asMbox ? intake.read(Mail.mbox(dir.resolve("box.mbox"), mails))
          : intake.read(Intakes.folder(dir, mails));

      assertThat(r.entries()).hasSize(messages.size());
      assertThat(Stream.of(Outcome.values()).mapToInt(r::count).sum()).isEqualTo(messages.size());
      assertThat(r.complete()).isTrue();
      for (int i = 0; i < messages.size(); i++) {
        Message m = messages.get(i);
        IntakeEntry e = r.entries().get(i);
        assertThat(e.messageId()).contains("<gen." + i + "@test.example>");
        assertThat(e.reason()).as("message %d, %s", i, m).isEqualTo(java.util.Optional.ofNullable(m.expected()));
        assertThat(e.outcome()).isEqualTo(m.expected() == null ? Outcome.REQUEST : Outcome.REVIEW);
      }
      assertThat(r.requests()).hasSize((int) messages.stream().filter(m -> m.kind() == Kind.REQUEST).count());
      assertThat(r.requests()).allSatisfy(q -> assertThat(q.segment()).isEqualTo("floor"));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<List<Message>> mailboxes() {
    Arbitrary<List<String>> neutral = Arbitraries.of(NEUTRAL).list().ofMaxSize(2);
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 2), neutral, neutral, Arbitraries.of(false, false, true))
        .as(Message::new).list().ofMinSize(1).ofMaxSize(10);
  }
}
