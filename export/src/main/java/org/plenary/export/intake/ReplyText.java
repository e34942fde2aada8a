package org.plenary.export.intake;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.internal.text.Bundle;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;

/**
 * The words of the acknowledgements of one intake, in a given language: the subject, and a body
 * that says when the message was received and what became of it (its place and expected time on
 * the plan, the waiting list and why, or what the delegation should do). Times are in the venue's
 * zone, named by the venue in that language ("The Hague time").
 */
final class ReplyText {

  static final Bundle WORDS = Bundle.load("/org/plenary/export/intake/acknowledgement",
      ReplyText.class::getResourceAsStream);

  /** The longest name or subject quoted from a message. */
  private static final int QUOTE = 300;
  private static final String NEWLINE = "\r\n";

  private final Plenary plenary;
  private final Optional<Plan> plan;
  private final IntakeResult result;
  private final Map<String, RequestToSpeak> requests = new HashMap<>();

  ReplyText(Plenary plenary, Optional<Plan> plan, IntakeResult result) {
    this.plenary = plan.map(Plan::plenary).orElse(plenary);
    this.plan = plan;
    this.result = result;
    for (RequestToSpeak r : result.requests()) {
      requests.put(r.id(), r);
    }
  }

  /** {@code Re:} and the subject answered, or a subject of its own when the message had none. */
  String subject(IntakeEntry e, Locale l) {
    String s = e.subject().map(t -> plain(t, 998)).orElse("");
    if (s.isEmpty()) {
      return WORDS.format(l, "subject.none", plenary.title().in(l));
    }
    return s.regionMatches(true, 0, "re:", 0, 3) ? s : WORDS.format(l, "subject.reply", s);
  }

  /** The Secretariat's name as the {@code From:} shows it. */
  String fromName(Locale l) {
    return WORDS.format(l, "from.name");
  }

  /** The body, lines ending in CRLF. */
  String body(IntakeEntry e, Locale l) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(WORDS.format(l, "greeting"));
    paragraphs.add(receipt(e, l));
    paragraphs.addAll(outcome(e, l));
    paragraphs.add(WORDS.format(l, "closing") + NEWLINE + WORDS.format(l, "signature") + NEWLINE
        + plenary.session().in(l) + NEWLINE + WORDS.format(l, "signature.plenary", plenary.title().in(l),
            plenary.venue().name().in(l), Dates.day(plenary.date(), l)));
    return String.join(NEWLINE + NEWLINE, paragraphs) + NEWLINE;
  }

  private String receipt(IntakeEntry e, Locale l) {
    Optional<String> subject = e.subject().map(s -> plain(s, QUOTE)).filter(s -> !s.isEmpty());
    if (e.received().isPresent()) {
      String at = moment(e.received().get(), l);
      return subject.isPresent() ? WORDS.format(l, "received", quote(subject.get(), l), at)
          : WORDS.format(l, "received.untitled", at);
    }
    return subject.isPresent() ? WORDS.format(l, "received.undated", quote(subject.get(), l))
        : WORDS.format(l, "received.undated.untitled");
  }

  private List<String> outcome(IntakeEntry e, Locale l) {
    List<String> out = new ArrayList<>();
    switch (e.outcome()) {
      case CANCELLATION -> out.add(WORDS.format(l, "cancellation.done"));
      case REPLACEMENT -> {
        out.add(WORDS.format(l, "replacement.done"));
        out.addAll(standing(e, l));
      }
      case REQUEST -> out.addAll(standing(e, l));
      case REVIEW -> out.add(review(e, l));
      default -> throw new IllegalStateException("no acknowledgement for " + e);
    }
    return out;
  }

  /** Where the request of {@code e} stands, and its speaker; or what took it off the list. */
  private List<String> standing(IntakeEntry e, Locale l) {
    Optional<RequestToSpeak> request = e.requestId().map(requests::get);
    if (request.isEmpty()) {
      return List.of(superseded(e, l));
    }
    RequestToSpeak r = request.get();
    List<String> out = new ArrayList<>();
    out.add(place(r, l));
    if (!refused(r)) {
      out.add(speaker(r.speaker(), l));
    }
    return out;
  }

  /** Whether the plan refused {@code r} for good: a reply then asks for no speaker's name. */
  private boolean refused(RequestToSpeak r) {
    return plan.isPresent() && plan.get().waitingList().stream()
        .anyMatch(w -> w.id().equals(r.id()) && !w.mayStillSpeak());
  }

  private String place(RequestToSpeak r, Locale l) {
    String segment = plenary.segment(r.segment()).map(s -> quote(s.title().in(l), l)).orElse(quote(r.segment(), l));
    if (plan.isPresent() && plenary.segment(r.segment()).isPresent()) {
      Plan p = plan.get();
      Optional<Slot> slot = p.slot(r.id());
      if (slot.isPresent() && slot.get().start().isPresent()) {
        ZonedDateTime start = slot.get().start().get().withZoneSameInstant(zone());
        return WORDS.format(l, "request.placed", segment, p.slots(r.segment()).indexOf(slot.get()) + 1,
            clock(start, l), Dates.day(start.toLocalDate(), l), venueTime(l));
      }
      // The place on the waiting list is the one the published list shows: refused requests are not on it.
      int place = 0;
      for (WaitingEntry w : p.waitingList()) {
        if (w.mayStillSpeak()) {
          place++;
        }
        if (w.id().equals(r.id())) {
          String why = w.decidedBy().message().in(l);
          return switch (w.status()) {
            case REFUSED -> WORDS.format(l, "request.refused", segment, why);
            case CARRIED_OVER -> WORDS.format(l, "request.carried", segment, why);
            case WAIT_LISTED -> WORDS.format(l, "request.waiting", segment, place, why);
            default -> throw new IllegalStateException("a waiting entry's status is " + w.status());
          };
        }
      }
    }
    return WORDS.format(l, "request.listed", segment);
  }

  private String speaker(Speaker s, Locale l) {
    if (s.name().isEmpty()) {
      return WORDS.format(l, "speaker.none");
    }
    String name = isolate(plain(s.name().get(), QUOTE));
    return s.function().isPresent()
        ? WORDS.format(l, "speaker.function", name, isolate(plain(s.function().get().in(l), QUOTE)))
        : WORDS.format(l, "speaker", name);
  }

  /**
   * What became of a request or a replacement that no longer stands: the later message of the same
   * delegation that withdrew or replaced it, if there is one.
   */
  private String superseded(IntakeEntry e, Locale l) {
    List<IntakeEntry> entries = result.entries();
    int at = entries.indexOf(e);
    for (IntakeEntry later : ReceiptOrder.of(entries)) {
      boolean after = later.received().isPresent() && e.received().isPresent()
          && (later.received().get().isAfter(e.received().get())
              || later.received().get().equals(e.received().get()) && entries.indexOf(later) > at);
      if (after && later.delegation().equals(e.delegation())
          && (later.outcome() == Outcome.CANCELLATION || later.outcome() == Outcome.REPLACEMENT)) {
        return WORDS.format(l, later.outcome() == Outcome.CANCELLATION ? "request.withdrawn" : "request.replaced",
            moment(later.received().get(), l));
      }
    }
    return WORDS.format(l, "request.gone");
  }

  private String review(IntakeEntry e, Locale l) {
    Reason reason = e.reason().orElseThrow();
    String detail = e.detail().map(d -> plain(d.in(l), QUOTE)).orElse("");
    return switch (reason) {
      case NO_SEGMENT -> WORDS.format(l, "review.no-segment", segments(l));
      case UNKNOWN_SEGMENT -> WORDS.format(l, "review.unknown-segment", quote(detail, l), segments(l));
      case UNKNOWN_SENDER, FORWARD, AMBIGUOUS, NOTHING_TO_CANCEL, NOTHING_TO_REPLACE, UNREADABLE ->
          WORDS.format(l, "review." + reason.code());
      default -> WORDS.format(l, "review.other");
    };
  }

  /** The titles of the segments that take requests, quoted, as a list with "or". */
  private String segments(Locale l) {
    List<String> titles = new ArrayList<>();
    for (Segment s : plenary.segments()) {
      if (s.takesRequests()) {
        titles.add(quote(s.title().in(l), l));
      }
    }
    return ListFormatter.getInstance(ULocale.forLocale(l), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
        .format(titles);
  }

  private ZoneId zone() {
    return plenary.venue().zone();
  }

  /** The day and clock time of {@code at} in the venue's zone, with the venue's time named. */
  String moment(Instant at, Locale l) {
    ZonedDateTime z = at.atZone(zone());
    return WORDS.format(l, "moment", Dates.day(z.toLocalDate(), l), clock(z, l), venueTime(l));
  }

  private static String clock(ZonedDateTime z, Locale l) {
    return WORDS.format(l, "clock", z.getHour(), String.format(Locale.ROOT, "%02d", z.getMinute()));
  }

  /**
   * The venue's time as people name it in {@code l}'s language, "The Hague time", « heure de La
   * Haye »: the same words the plan's reasons use, so that one letter names one time one way.
   */
  private String venueTime(Locale l) {
    return plenary.venue().time().in(l);
  }

  private static String quote(String text, Locale l) {
    return WORDS.format(l, "quoted", isolate(text));
  }

  /**
   * {@code text} kept apart from the words around it (first-strong isolate ... pop), so that a name in
   * another script or direction does not turn the sentence around.
   */
  private static String isolate(String text) {
    return "\u2068" + text + "\u2069";
  }

  /**
   * {@code text} without control characters, line breaks or the marks that embed, override or
   * isolate a direction, at most {@code max} characters long: what may go in a header or a sentence.
   */
  static String plain(String text, int max) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(c -> !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))
        .forEach(out::appendCodePoint);
    String clean = Fields.clean(out.toString(), max);
    // A surrogate pair cut in two at the end is dropped.
    return !clean.isEmpty() && Character.isHighSurrogate(clean.charAt(clean.length() - 1))
        ? clean.substring(0, clean.length() - 1) : clean;
  }
}
