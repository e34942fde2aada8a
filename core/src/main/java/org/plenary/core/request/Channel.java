package org.plenary.core.request;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.plenary.core.internal.Messages;

/** How a request to speak reached the Secretariat. */
public enum Channel {
  /** By e-mail, as the ASP18 note asks. */
  EMAIL,
  /** Through an online form. */
  ONLINE,
  /** In person at the Secretariat's desk. */
  IN_PERSON,
  /** From the floor during the sitting. */
  FLOOR;

  /** The channel's name in {@code locale}'s language. */
  public String label(Locale locale) {
    return Messages.CORE.format(requireNonNull(locale, "locale"), "channel." + name());
  }
}
