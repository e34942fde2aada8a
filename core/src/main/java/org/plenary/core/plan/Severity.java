package org.plenary.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.plenary.core.internal.Messages;

/** How much a finding matters, most serious first. */
public enum Severity {
  /** The plan breaks a rule: it should not be published as it is. */
  ERROR,
  /** The plan keeps the rule only just, or a choice was made that someone should look at. */
  WARNING,
  /** What a rule did or checked, for the record. */
  INFO;

  /** The severity's name in {@code locale}'s language. */
  public String label(Locale locale) {
    return Messages.CORE.format(requireNonNull(locale, "locale"), "severity." + name());
  }
}
