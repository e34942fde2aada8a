package org.plenary.export.internal;

import java.util.Locale;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;

/** How the exporters name who speaks, in the reader's language. */
public final class Labels {

  private Labels() {}

  /** The speaker: "A. Person, Minister of Justice" or, unnamed, the rank when it is not "other". */
  public static String speaker(Speaker s, Locale locale) {
    StringBuilder out = new StringBuilder();
    s.name().ifPresent(out::append);
    s.function().ifPresent(f -> out.append(out.length() > 0 ? ", " : "").append(f.in(locale)));
    if (out.length() == 0 && s.rank() != org.plenary.core.agenda.ProtocolRank.OTHER) {
      out.append(s.rank().label().in(locale));
    }
    return out.toString();
  }

  /** The delegation, with the group it speaks for: "Kenya, on behalf of the African Union". */
  public static String delegation(Intervention i, Locale locale) {
    String own = i.speaker().delegation().name().in(locale);
    return i.onBehalfOf().map(g -> Messages.EXPORT.format(locale, "label.on-behalf",
        own, g.name().in(locale))).orElse(own);
  }

  /** Who speaks, in one phrase: the speaker if named, then the delegation. */
  public static String who(Intervention i, Locale locale) {
    String speaker = speaker(i.speaker(), locale);
    String delegation = delegation(i, locale);
    return speaker.isEmpty() ? delegation : Messages.EXPORT.format(locale, "label.who", speaker, delegation);
  }

  /** The intervention's title if it has one, else who speaks. */
  public static String title(Intervention i, Locale locale) {
    return i.title().map(t -> Messages.EXPORT.format(locale, "label.title", t.in(locale), who(i, locale)))
        .orElse(who(i, locale));
  }
}
