package org.plenary.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release.Placement;

/**
 * The changes since an earlier release as a table in one language: a heading, a row per speaker
 * (delegation, change, before, now, reason), or a line saying nothing changed. Agendas and the
 * overview of a series show it the same way.
 *
 * @param heading "Changes since release 1"
 * @param none what is said when nothing changed
 * @param columns the column headings
 * @param rows one row per speaker, five cells each
 */
public record ChangeTable(String heading, Optional<String> none, List<String> columns, List<List<String>> rows) {

  /** The table of {@code changes} in {@code locale}'s language. */
  public static ChangeTable of(Changes changes, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (Change c : changes.changes()) {
      List<String> kinds = new ArrayList<>();
      c.kinds().forEach(k -> kinds.add(label(locale, "change." + k.name())));
      rows.add(List.of(Texts.clean(c.speaker().in(locale)), String.join(", ", kinds), where(c.before(), locale),
          where(c.after(), locale), c.decision().map(d -> Texts.clean(d.message().in(locale))).orElse("")));
    }
    return new ChangeTable(label(locale, "agenda.changes", changes.from()),
        changes.changes().isEmpty() ? Optional.of(label(locale, "agenda.changes.none", changes.from())) : Optional.empty(),
        List.of(label(locale, "agenda.col.delegation"), label(locale, "agenda.col.change"),
            label(locale, "agenda.col.before"), label(locale, "agenda.col.after"), label(locale, "agenda.col.reason")),
        List.copyOf(rows));
  }

  /** Where a speaker stands, as a reader says it: "Thursday 5 December 2019 at 10:15, no. 3, 3 min". */
  private static String where(Optional<Placement> at, Locale locale) {
    if (at.isEmpty()) {
      return label(locale, "change.nowhere");
    }
    Placement p = at.get();
    return switch (p.standing()) {
      case SPEAKING -> label(locale, "change.speaking", Dates.day(p.start().orElseThrow().toLocalDate(), locale),
          Dates.clock(p.start().orElseThrow()), p.place(), Durations.format(p.allotted().orElseThrow(), locale));
      case WAITING -> label(locale, "change.waiting", p.place());
      case REFUSED -> label(locale, "change.refused");
    };
  }

  private static String label(Locale locale, String key, Object... args) {
    return Messages.EXPORT.format(locale, key, args);
  }
}
