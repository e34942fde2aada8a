package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.text.LocalizedText;

/**
 * What the intake made of one message or spreadsheet row.
 *
 * @param source where it was read: {@code asp18.mbox, message 12}, a file name, or
 *     {@code requests.csv, row 4}
 * @param messageId the {@code Message-ID}, if the message has one
 * @param outcome what it is
 * @param delegation the delegation it comes from, if the sender is known
 * @param received when the Secretariat received it, if any header says so
 * @param reason why it went to the review list; present exactly when the outcome is review
 * @param detail what a person needs to resolve it, in each language: an address, a segment, a
 *     spreadsheet's row, column and value
 * @param sender the sender's address, if readable
 * @param subject the subject, decoded, if any
 * @param requestId the id of the request it put on the list, if it still stands
 * @param notes what the intake noticed without doubting the outcome: a date read from
 *     {@code Date:}, a charset it did not know, a later duplicate
 * @param senderName the display name of the sender, decoded, if the {@code From:} gives one
 * @param language the language the delegation wrote in, if the message tells (by its template's
 *     labels or its words)
 * @param references the message ids of the thread, oldest first, as the message's
 *     {@code References:} header gives them (its {@code In-Reply-To:} when it has no
 *     {@code References:}); without the message's own id
 * @param automatic whether the message says that a machine sent it or that it went to a list
 *     (RFC 3834: {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply},
 *     {@code Precedence: bulk|junk|list|auto_reply}, {@code List-Id}, a delivery report), so that
 *     nothing answers it
 */
public record IntakeEntry(String source, Optional<String> messageId, Outcome outcome,
    Optional<Delegation> delegation, Optional<Instant> received, Optional<Reason> reason,
    Optional<LocalizedText> detail, Optional<String> sender, Optional<String> subject,
    Optional<String> requestId, List<LocalizedText> notes, Optional<String> senderName,
    Optional<Locale> language, List<String> references, boolean automatic) {

  /** Checks that a reason is given exactly for review entries. */
  public IntakeEntry {
    requireNonNull(source, "source");
    requireNonNull(outcome, "outcome");
    requireNonNull(senderName, "senderName");
    requireNonNull(language, "language");
    notes = List.copyOf(notes);
    references = List.copyOf(references);
    if ((outcome == Outcome.REVIEW) != reason.isPresent()) {
      throw new IllegalArgumentException("entry '" + source + "' (" + outcome.code()
          + ") must have a reason exactly when it goes to review, not " + reason);
    }
  }

  /**
   * An entry that knows nothing of the sender's name, language, thread or automatic origin: a
   * spreadsheet's row, say.
   */
  public IntakeEntry(String source, Optional<String> messageId, Outcome outcome,
      Optional<Delegation> delegation, Optional<Instant> received, Optional<Reason> reason,
      Optional<LocalizedText> detail, Optional<String> sender, Optional<String> subject,
      Optional<String> requestId, List<LocalizedText> notes) {
    this(source, messageId, outcome, delegation, received, reason, detail, sender, subject, requestId, notes,
        Optional.empty(), Optional.empty(), List.of(), false);
  }

  /** This entry with what the message read tells of its sender and thread. */
  IntakeEntry withCorrespondence(Optional<String> name, Optional<Locale> lang, List<String> refs, boolean auto) {
    return new IntakeEntry(source, messageId, outcome, delegation, received, reason, detail, sender, subject,
        requestId, notes, name, lang, refs, auto);
  }

  IntakeEntry withOutcome(Outcome o, Reason r, String d) {
    return withOutcome(o, r, d == null || d.isBlank() ? null : LocalizedText.of(d));
  }

  IntakeEntry withOutcome(Outcome o, Reason r, LocalizedText d) {
    return new IntakeEntry(source, messageId, o, delegation, received, Optional.ofNullable(r),
        Optional.ofNullable(d), sender, subject, Optional.empty(), notes, senderName, language, references,
        automatic);
  }

  IntakeEntry withRequestId(String id) {
    return new IntakeEntry(source, messageId, outcome, delegation, received, reason, detail, sender,
        subject, Optional.of(id), notes, senderName, language, references, automatic);
  }

  IntakeEntry withNote(LocalizedText note) {
    List<LocalizedText> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new IntakeEntry(source, messageId, outcome, delegation, received, reason, detail, sender,
        subject, requestId, more, senderName, language, references, automatic);
  }

  @Override
  public String toString() {
    return source + ": " + outcome.code() + delegation.map(d -> " from " + d.id()).orElse("")
        + received.map(r -> ", received " + r).orElse("")
        + reason.map(r -> ", " + r.describe(java.util.Locale.ENGLISH, detail)).orElse("")
        + requestId.map(id -> " -> " + id).orElse("");
  }
}
