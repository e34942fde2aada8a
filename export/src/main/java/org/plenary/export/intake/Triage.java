package org.plenary.export.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.IntakeSettings.Field;
import org.plenary.export.intake.IntakeSettings.Words;

/**
 * Decides what one message is, in a fixed order: unreadable, no sender, bounce, automatic reply,
 * list, forward, unknown sender, no date; then what its writer says it is (a cancellation, a
 * replacement or a request, by the template's labels or by the settings' words), or else a message
 * to review as not recognised. A request, cancellation or replacement whose segment cannot be told
 * goes to review too.
 */
final class Triage {

  private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\r\n|\r|\n");
  /** How many opening sentences are read for the words of delivery reports and automatic replies. */
  private static final int OPENING = 3;

  private final Plenary plenary;
  private final Directory directory;
  private final IntakeSettings settings;
  private final Optional<String> defaultSegment;
  /** The settings' subject and sender beginnings, folded once. */
  private final List<String> replies;
  private final List<String> bounces;
  private final List<String> bounceSenders;
  private final List<String> autoReplies;
  private final List<String> forwards;

  Triage(Plenary plenary, Directory directory, IntakeSettings settings) {
    this.plenary = plenary;
    this.directory = directory;
    this.settings = settings;
    settings.defaultSegment().ifPresent(id -> {
      if (!plenary.segment(id).map(Segment::takesRequests).orElse(false)) {
        throw new IntakeException("segment.default '" + id + "' is none of the segments of the plenary that take "
            + "requests: " + plenary.segments().stream().filter(Segment::takesRequests).map(Segment::id).toList());
      }
    });
    this.defaultSegment = settings.defaultSegment()
        .or(() -> plenary.defaultListSegment().map(Segment::id));
    this.replies = folded(settings.replySubjects());
    this.bounces = folded(settings.bounceSubjects());
    this.bounceSenders = folded(settings.bounceSenders());
    this.autoReplies = folded(settings.autoReplySubjects());
    this.forwards = folded(settings.forwardSubjects());
  }

  private static List<String> folded(List<String> beginnings) {
    return beginnings.stream().map(b -> lead(Phrases.fold(b))).filter(b -> !b.isEmpty()).toList();
  }

  /**
   * The segment of a request that names none: the settings' {@code segment.default}, or else the
   * plenary's {@linkplain Plenary#defaultListSegment() list segment}.
   */
  Optional<String> defaultSegment() {
    return defaultSegment;
  }

  Draft of(int order, Letter l) {
    Optional<Delegation> delegation = l.sender().flatMap(directory::find);
    OwnText own = OwnText.of(l.text());
    String subject = l.subject().orElse("");
    String folded = lead(Phrases.fold(subject));
    boolean reply = begins(folded, replies);
    Fields fields = Fields.read(own.text(), settings);
    List<LocalizedText> notes = new ArrayList<>(l.notes());
    notes.addAll(fields.notes());
    Optional<ProtocolRank> rank = fields.get(Field.RANK).flatMap(r -> rank(r, notes));
    IntakeEntry base = new IntakeEntry(l.source(), l.messageId(), Outcome.REQUEST, delegation, l.received(),
        Optional.empty(), Optional.empty(), l.sender(), l.subject(), Optional.empty(), notes);
    Recognition r = recognise(reply ? Optional.empty() : Optional.of(subject), own, fields);
    base = base.withCorrespondence(l.senderName(), fields.language().or(r::language), l.references(),
        l.automatic());
    List<OwnText.Sentence> said = new ArrayList<>();
    if (!reply && !subject.isBlank()) {
      said.add(sentence(subject));
    }
    said.addAll(own.sentences());
    Optional<String> stated = fields.get(Field.SEGMENT);
    Optional<String> named = stated.isPresent() ? Optional.empty() : named(said);
    Optional<String> segment = stated.isPresent() ? stated.flatMap(this::segment) : named.or(() -> defaultSegment);
    Draft d = new Draft(order, base, segment, stated.isPresent() || named.isPresent(), fields.get(Field.SPEAKER),
        fields.get(Field.FUNCTION), rank);
    if (l.failure().isPresent()) {
      return d.withEntry(d.entry().withOutcome(Outcome.REVIEW, Reason.UNREADABLE, l.failure().get()));
    } else if (l.sender().isEmpty()) {
      return review(d, Reason.NO_SENDER, "");
    }
    String sender = l.sender().get();
    if (bounce(l, folded, own)) {
      return review(d, Reason.BOUNCE, sender);
    } else if (l.signs().autoReply() || begins(folded, autoReplies)
        || opens(own, settings.autoReplyText())) {
      return review(d, Reason.AUTO_REPLY, sender);
    } else if (l.signs().list()) {
      return review(d, Reason.LIST, sender);
    } else if (l.forward() || begins(folded, forwards) || forwarded(l.text())) {
      return review(d, Reason.FORWARD, sender);
    } else if (delegation.isEmpty()) {
      return review(d, Reason.UNKNOWN_SENDER, sender);
    } else if (l.received().isEmpty()) {
      return review(d, Reason.NO_DATE, "");
    }
    if (r.outcome() == Outcome.REVIEW) {
      return review(d, Reason.AMBIGUOUS, subject);
    } else if (r.outcome() == null) {
      return review(d, Reason.NOT_RECOGNISED, own.firstLine().orElse(Fields.clean(subject, Fields.VALUE)));
    } else if (stated.isPresent() && segment.isEmpty()) {
      return review(d, Reason.UNKNOWN_SEGMENT, stated.get());
    } else if (segment.isEmpty() && r.outcome() == Outcome.REQUEST) {
      return d.withEntry(d.entry().withOutcome(Outcome.REVIEW, Reason.NO_SEGMENT, delegation.get().name()));
    }
    return d.withEntry(base.withOutcome(r.outcome(), null, (LocalizedText) null));
  }

  /**
   * What the writer says the message is, and in which language: by the subject's words (unless it is
   * a reply's, which is its thread's), by the template's labels, and by the words of the sentences of
   * its own text. A sentence that thanks, or that sets a condition ("should the Minister be unable to
   * attend"), asks for nothing; one that asks a question is a request only in the settings' asking
   * words; a request's words in a sentence that denies ("will not take the floor") ask for nothing.
   * A cancellation's or a replacement's words in the subject decide (both: ambiguous); in the text, a
   * replacement's words win, since a replacement says whom it replaces.
   *
   * @param outcome a request, a cancellation, a replacement, review if ambiguous, or null if the
   *     message says none of these
   */
  record Recognition(Outcome outcome, Optional<Locale> language) {}

  Recognition recognise(Optional<String> subject, OwnText own, Fields fields) {
    List<Locale> languages = new ArrayList<>();
    boolean cancelled = false;
    boolean replaced = false;
    boolean requested = fields.get(Field.SPEAKER).isPresent() || fields.get(Field.SEGMENT).isPresent()
        || fields.get(Field.RANK).isPresent();
    for (OwnText.Sentence s : own.sentences()) {
      Optional<Phrases.Phrase> thanks = find(Words.THANKS, s);
      Optional<Phrases.Phrase> asking = s.question() ? find(Words.ASKING, s) : Optional.empty();
      Optional<Phrases.Phrase> cancel = find(Words.CANCEL, s);
      Optional<Phrases.Phrase> replace = find(Words.REPLACE, s);
      Optional<Phrases.Phrase> request = find(Words.REQUEST, s);
      Optional<Phrases.Phrase> negation = find(Words.NEGATION, s);
      Optional<Phrases.Phrase> asks = asking.isPresent() ? asking
          : s.question() || negation.isPresent() ? Optional.empty() : request;
      for (Optional<Phrases.Phrase> p : List.of(replace, cancel, asks, thanks, negation, request)) {
        p.map(Phrases.Phrase::language).filter(x -> !x.equals(Locale.ROOT)).ifPresent(languages::add);
      }
      if (thanks.isPresent() || s.question() && asking.isEmpty() || find(Words.CONDITION, s).isPresent()) {
        continue;
      }
      replaced |= replace.isPresent();
      cancelled |= cancel.isPresent();
      requested |= asks.isPresent();
    }
    Outcome bySubject = null;
    if (subject.isPresent() && !subject.get().isBlank()) {
      OwnText.Sentence s = sentence(subject.get());
      Optional<Phrases.Phrase> cancel = find(Words.CANCEL, s);
      Optional<Phrases.Phrase> replace = find(Words.REPLACE, s);
      Optional<Phrases.Phrase> request = s.question() || find(Words.NEGATION, s).isPresent() ? Optional.empty()
          : find(Words.REQUEST, s);
      for (Optional<Phrases.Phrase> p : List.of(replace, cancel, request)) {
        p.map(Phrases.Phrase::language).filter(x -> !x.equals(Locale.ROOT)).ifPresent(languages::add);
      }
      bySubject = cancel.isPresent() && replace.isPresent() ? Outcome.REVIEW : cancel.isPresent()
          ? Outcome.CANCELLATION : replace.isPresent() ? Outcome.REPLACEMENT : null;
      requested |= request.isPresent();
    }
    Outcome outcome = bySubject != null ? bySubject : replaced ? Outcome.REPLACEMENT
        : cancelled ? Outcome.CANCELLATION : requested ? Outcome.REQUEST : null;
    return new Recognition(outcome, languages.stream().findFirst().or(() -> script(own.text())));
  }

  private Optional<Phrases.Phrase> find(Words list, OwnText.Sentence s) {
    return settings.phrases(list).find(s.words());
  }

  /** The language a script tells by itself: Arabic, Chinese or Russian (Cyrillic); else none. */
  private static Optional<Locale> script(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x0370 && Character.isLetter(cp)) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.ARABIC) {
          return Optional.of(Locale.forLanguageTag("ar"));
        } else if (s == Character.UnicodeScript.HAN) {
          return Optional.of(Locale.CHINESE);
        } else if (s == Character.UnicodeScript.CYRILLIC) {
          return Optional.of(Locale.forLanguageTag("ru"));
        } else if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.LATIN) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static OwnText.Sentence sentence(String text) {
    String s = text.strip();
    boolean question = !s.isEmpty() && "?？؟".indexOf(s.charAt(s.length() - 1)) >= 0;
    return new OwnText.Sentence(s, Phrases.words(s), question);
  }

  /** The segment whose words the message's sentences name first, if any. */
  private Optional<String> named(List<OwnText.Sentence> said) {
    Map<String, Phrases> words = settings.segmentPhrases();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    for (OwnText.Sentence s : said) {
      for (Segment seg : plenary.segments()) {
        Phrases p = words.get(seg.id());
        if (seg.takesRequests() && p != null && p.find(s.words()).isPresent()) {
          return Optional.of(seg.id());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the message is a delivery report, by its structure, its sender, its subject ({@code folded}
   * as {@link #begins} wants it) or its opening.
   */
  private boolean bounce(Letter l, String folded, OwnText own) {
    if (l.signs().bounce() || begins(folded, bounces)
        || l.signs().nullSender() && !l.signs().autoReply()) {
      return true;
    }
    String sender = l.sender().orElse("");
    String local = sender.substring(0, Math.max(0, sender.indexOf('@')));
    return begins(lead(Phrases.fold(local)), bounceSenders)
        || begins(lead(Phrases.fold(l.senderName().orElse(""))), bounceSenders)
        || opens(own, settings.bounceText());
  }

  /** Whether one of the opening sentences of {@code own} holds one of {@code phrases}. */
  private static boolean opens(OwnText own, Phrases phrases) {
    return own.opening(OPENING).stream().anyMatch(s -> phrases.find(s.words()).isPresent());
  }

  /** What a subject (or a spreadsheet's action cell), in lower case, makes of a message; review if both. */
  Outcome outcome(String subject) {
    OwnText.Sentence s = sentence(subject);
    boolean cancel = find(Words.CANCEL, s).isPresent();
    boolean replace = find(Words.REPLACE, s).isPresent();
    return cancel && replace ? Outcome.REVIEW : cancel ? Outcome.CANCELLATION
        : replace ? Outcome.REPLACEMENT : Outcome.REQUEST;
  }

  private static Draft review(Draft d, Reason reason, String detail) {
    return d.withEntry(d.entry().withOutcome(Outcome.REVIEW, reason, detail));
  }

  /**
   * The id of the segment taking requests that {@code stated} names by id, by a title, or by the
   * settings' words for it.
   */
  Optional<String> segment(String stated) {
    String s = Phrases.fold(Fields.clean(stated, Fields.VALUE));
    for (Segment seg : plenary.segments()) {
      if (seg.takesRequests() && (Phrases.fold(seg.id()).equals(s) || seg.title().byLanguage()
          .values().stream().anyMatch(t -> Phrases.fold(Fields.clean(t, Integer.MAX_VALUE)).equals(s)))) {
        return Optional.of(seg.id());
      }
    }
    return named(List.of(sentence(stated)));
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

  /**
   * Whether {@code folded} (a text {@linkplain Phrases#fold folded}, brackets, asterisks and spaces
   * before it set aside by {@link #lead}) begins with one of {@code beginnings}, folded alike:
   * "[Auto-Reply]" begins with "auto-reply".
   */
  private static boolean begins(String folded, List<String> beginnings) {
    if (folded.isEmpty()) {
      return false;
    }
    for (String b : beginnings) {
      if (folded.startsWith(b)) {
        return true;
      }
    }
    return false;
  }

  private static String lead(String folded) {
    int i = 0;
    while (i < folded.length() && "[(*<{ ".indexOf(folded.charAt(i)) >= 0) {
      i++;
    }
    return folded.substring(i);
  }

  /**
   * Whether a line of {@code text} announces a forwarded message as mail clients write it, between
   * dashes or before a colon: "---------- Forwarded message ---------", "Begin forwarded message:".
   */
  private boolean forwarded(String text) {
    for (String line : LINES.split(text)) {
      String l = line.strip();
      if (!l.isEmpty() && ("-*=".indexOf(l.charAt(0)) >= 0 || l.endsWith(":") || l.endsWith("："))
          && settings.forwardText().find(Phrases.words(l)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
