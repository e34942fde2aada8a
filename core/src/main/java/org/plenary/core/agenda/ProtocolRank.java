package org.plenary.core.agenda;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.plenary.core.internal.Messages;

/**
 * The protocol level of a speaker, highest first: a head of State speaks before a minister, who
 * speaks before an ambassador. The declaration order is the order of precedence.
 */
public enum ProtocolRank {
  /** A head of State. */
  HEAD_OF_STATE,
  /** A head of government. */
  HEAD_OF_GOVERNMENT,
  /** A vice-president. */
  VICE_PRESIDENT,
  /** A minister. */
  MINISTER,
  /** A vice-minister or secretary of State. */
  VICE_MINISTER,
  /** An ambassador or permanent representative. */
  AMBASSADOR,
  /** Any other representative. */
  OTHER;

  /** The rank's name in {@code locale}'s language: "Head of State", "Chef d'État". */
  public String label(Locale locale) {
    return Messages.CORE.format(requireNonNull(locale, "locale"), "rank." + name());
  }

  /** The rank's name in every language. */
  public org.plenary.core.text.LocalizedText label() {
    return Messages.CORE.text("rank." + name());
  }

  /** Whether this rank speaks before {@code other}. */
  public boolean precedes(ProtocolRank other) {
    return compareTo(requireNonNull(other, "other")) < 0;
  }
}
