package org.plenary.export.intake;

import java.util.Locale;

/** What the intake made of one message or spreadsheet row: exactly one of these. */
public enum Outcome {
  /** A request to take the floor, from a known delegation. */
  REQUEST,
  /** A delegation withdraws its request. */
  CANCELLATION,
  /** A delegation changes its speaker, or what it asked for. */
  REPLACEMENT,
  /** A person must look: the entry says why. */
  REVIEW;

  /** The outcome as {@code intake.json} writes it: {@code request}, {@code review}... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The outcome's name in {@code locale}'s language. */
  public String label(Locale locale) {
    return Wording.BUNDLE.format(locale, "outcome." + code());
  }
}
