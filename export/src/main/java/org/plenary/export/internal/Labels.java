package org.plenary.export.internal;

import java.util.Locale;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.WaitingEntry;

/** How the exporters name who speaks, in the reader's language. */
public final class Labels {

  private Labels() {}

  /**
   * The speaker as a person: "A. Person, Minister of Justice", the name with the function; empty
   * when no one is named, for a rank or a function is no one's name.
   */
  public static String speaker(Speaker s, Locale locale) {
    if (s.name().isEmpty()) {
      return "";
    }
    return s.name().get() + s.function().map(f -> ", " + f.in(locale)).orElse("");
  }

  /** The person's name, or empty when no one is named. */
  public static String name(Speaker s) {
    return s.name().orElse("");
  }

  /**
   * The capacity the speaker speaks in: the function if known ("Minister of Justice"), else the
   * protocol rank ("Head of Government"); empty for a plain representative, who has no rank to show.
   */
  public static String capacity(Speaker s, Locale locale) {
    if (s.function().isPresent()) {
      return s.function().get().in(locale);
    }
    return s.rank() == ProtocolRank.OTHER ? "" : s.rank().label().in(locale);
  }

  /** The delegation, with the group it speaks for: "Kenya, on behalf of the African Union". */
  public static String delegation(Intervention i, Locale locale) {
    String own = i.speaker().delegation().name().in(locale);
    return i.onBehalfOf().map(g -> Messages.EXPORT.format(locale, "label.on-behalf",
        own, g.name().in(locale))).orElse(own);
  }

  /**
   * Who speaks, in one phrase: the speaker if named, then the delegation, "A. Person, Minister of
   * Justice (Kenya)"; unnamed, the delegation and the capacity, "Finland (Head of Government)"; or
   * the delegation alone.
   */
  public static String who(Intervention i, Locale locale) {
    String speaker = speaker(i.speaker(), locale);
    String delegation = delegation(i, locale);
    if (!speaker.isEmpty()) {
      return Messages.EXPORT.format(locale, "label.who", speaker, delegation);
    }
    String capacity = capacity(i.speaker(), locale);
    return capacity.isEmpty() ? delegation : Messages.EXPORT.format(locale, "label.unnamed", delegation, capacity);
  }

  /** The intervention's title if it has one, else who speaks. */
  public static String title(Intervention i, Locale locale) {
    return i.title().map(t -> Messages.EXPORT.format(locale, "label.title", t.in(locale), who(i, locale)))
        .orElse(who(i, locale));
  }

  /** Whether a speech kept out waits, is refused or is carried over, in the reader's language. */
  public static String status(WaitingEntry w, Locale locale) {
    return Messages.EXPORT.format(locale, switch (w.status()) {
      case REFUSED -> "status.refused";
      case CARRIED_OVER -> "status.carried-over";
      default -> "status.waiting";
    });
  }
}
