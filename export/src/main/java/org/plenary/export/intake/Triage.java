package org.plenary.export.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.IntakeSettings.Field;

/**
 * Decides what one message is, in a fixed order: unreadable, no sender, bounce, automatic reply,
 * forward, unknown sender, no date; then a cancellation or a replacement by the subject's words;
 * else a request. A request, cancellation or replacement whose segment cannot be told goes to
 * review too.
 */
final class Triage {

  private final Plenary plenary;
  private final Directory directory;
  private final IntakeSettings settings;

  Triage(Plenary plenary, Directory directory, IntakeSettings settings) {
    this.plenary = plenary;
    this.directory = directory;
    this.settings = settings;
  }

  Draft of(int order, Letter l) {
    Optional<Delegation> delegation = l.sender().flatMap(directory::find);
    String subject = l.subject().orElse("").toLowerCase(Locale.ROOT);
    Fields fields = Fields.read(l.text(), settings);
    List<LocalizedText> notes = new java.util.ArrayList<>(l.notes());
    notes.addAll(fields.notes());
    Optional<ProtocolRank> rank = fields.get(Field.RANK).flatMap(r -> rank(r, notes));
    IntakeEntry base = new IntakeEntry(l.source(), l.messageId(), Outcome.REQUEST, delegation, l.received(),
        Optional.empty(), Optional.empty(), l.sender(), l.subject(), Optional.empty(), notes)
        .withCorrespondence(l.senderName(), fields.language(), l.references(), l.automatic());
    Optional<String> stated = fields.get(Field.SEGMENT);
    Optional<String> segment = stated.isPresent() ? stated.flatMap(this::segment) : settings.defaultSegment();
    Draft d = new Draft(order, base, segment, stated.isPresent(), fields.get(Field.SPEAKER),
        fields.get(Field.FUNCTION), rank);
    Outcome outcome = outcome(subject);
    if (l.failure().isPresent()) {
      return d.withEntry(d.entry().withOutcome(Outcome.REVIEW, Reason.UNREADABLE, l.failure().get()));
    } else if (l.sender().isEmpty()) {
      return review(d, Reason.NO_SENDER, "");
    } else if (l.bounce() || startsWithAny(subject, settings.bounceSubjects())
        || l.sender().get().startsWith("mailer-daemon@") || l.sender().get().startsWith("postmaster@")) {
      return review(d, Reason.BOUNCE, l.sender().get());
    } else if (l.autoReply() || startsWithAny(subject, settings.autoReplySubjects())) {
      return review(d, Reason.AUTO_REPLY, l.sender().get());
    } else if (l.forward() || startsWithAny(subject, settings.forwardSubjects()) || forwarded(l.text())) {
      return review(d, Reason.FORWARD, l.sender().get());
    } else if (delegation.isEmpty()) {
      return review(d, Reason.UNKNOWN_SENDER, l.sender().get());
    } else if (l.received().isEmpty()) {
      return review(d, Reason.NO_DATE, "");
    } else if (outcome == Outcome.REVIEW) {
      return review(d, Reason.AMBIGUOUS, l.subject().orElse(""));
    } else if (stated.isPresent() && segment.isEmpty()) {
      return review(d, Reason.UNKNOWN_SEGMENT, stated.get());
    } else if (segment.isEmpty() && outcome == Outcome.REQUEST) {
      return d.withEntry(d.entry().withOutcome(Outcome.REVIEW, Reason.NO_SEGMENT, delegation.get().name()));
    }
    return d.withEntry(base.withOutcome(outcome, null, (LocalizedText) null));
  }

  /** What a subject (or a spreadsheet's action cell), in lower case, makes of a message; review if both. */
  Outcome outcome(String subject) {
    boolean cancel = hasWord(subject, settings.cancelWords());
    boolean replace = hasWord(subject, settings.replaceWords());
    return cancel && replace ? Outcome.REVIEW : cancel ? Outcome.CANCELLATION
        : replace ? Outcome.REPLACEMENT : Outcome.REQUEST;
  }

  private static Draft review(Draft d, Reason reason, String detail) {
    return d.withEntry(d.entry().withOutcome(Outcome.REVIEW, reason, detail));
  }

  /** The id of the segment taking requests that {@code stated} names by id or by a title. */
  Optional<String> segment(String stated) {
    String s = Fields.clean(stated, Fields.VALUE).toLowerCase(Locale.ROOT);
    for (Segment seg : plenary.segments()) {
      if (seg.takesRequests() && (seg.id().toLowerCase(Locale.ROOT).equals(s) || seg.title().byLanguage()
          .values().stream().anyMatch(t -> Fields.clean(t, Integer.MAX_VALUE).toLowerCase(Locale.ROOT).equals(s)))) {
        return Optional.of(seg.id());
      }
    }
    return Optional.empty();
  }

  /** The rank {@code stated} names in English or French, or by its constant; else a note. */
  static Optional<ProtocolRank> rank(String stated, List<LocalizedText> notes) {
    String s = stated.strip();
    for (ProtocolRank r : ProtocolRank.values()) {
      if (r.name().equalsIgnoreCase(s.replace(' ', '_').replace('-', '_'))
          || r.label().byLanguage().values().stream().anyMatch(s::equalsIgnoreCase)) {
        return Optional.of(r);
      }
    }
    notes.add(Wording.BUNDLE.text("note.rank", stated));
    return Optional.empty();
  }

  private static boolean startsWithAny(String subject, List<String> prefixes) {
    String s = subject.strip();
    return prefixes.stream().anyMatch(s::startsWith);
  }

  /** Whether a word of {@code subject} begins with one of {@code words}. */
  static boolean hasWord(String subject, List<String> words) {
    for (String word : words) {
      for (int at = subject.indexOf(word); at >= 0; at = subject.indexOf(word, at + 1)) {
        if (at == 0 || !Character.isLetterOrDigit(subject.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean forwarded(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("forwarded message") || t.contains("begin forwarded message")
        || t.contains("message transféré") || t.contains("message transfere");
  }
}
