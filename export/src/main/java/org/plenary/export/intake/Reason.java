package org.plenary.export.intake;

import java.util.Locale;

/** Why an entry went to the review list, and so what a person resolves before the next run. */
public enum Reason {
  /** The sender's address is in no delegation's entry of the directory. */
  UNKNOWN_SENDER,
  /** The message has no readable sender. */
  NO_SENDER,
  /** A colleague forwarded someone's message; the delegation itself should write. */
  FORWARD,
  /** An automatic reply, such as an out-of-office message. */
  AUTO_REPLY,
  /** A delivery failure report. */
  BOUNCE,
  /** A message sent to a mailing list or in bulk ({@code List-Id}, {@code Precedence: bulk}). */
  LIST,
  /** The message could not be read within the limits. */
  UNREADABLE,
  /** Neither a {@code Received:} nor a {@code Date:} header gives a readable instant. */
  NO_DATE,
  /** The subject has words of both a cancellation and a replacement. */
  AMBIGUOUS,
  /**
   * A message from a known sender that says it is no request, cancellation or replacement, by the
   * template or by the settings' words: a question, thanks, a reply on another matter.
   */
  NOT_RECOGNISED,
  /** The message states no segment and the settings give no default. */
  NO_SEGMENT,
  /** The segment stated is none of the plenary's segments that take requests. */
  UNKNOWN_SEGMENT,
  /** A cancellation from a delegation that has no request on the list. */
  NOTHING_TO_CANCEL,
  /** A replacement from a delegation that has no request on the list. */
  NOTHING_TO_REPLACE,
  /** A spreadsheet row with a missing or bad value. */
  BAD_ROW;

  /** The reason as {@code intake.json} writes it: {@code unknown-sender}... */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The reason in {@code locale}'s language, with the value at fault. */
  public String describe(Locale locale, java.util.Optional<org.plenary.core.text.LocalizedText> detail) {
    return Wording.BUNDLE.format(locale, "reason." + code(), detail.map(d -> d.in(locale)).orElse(""));
  }
}
