package org.plenary.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;

/**
 * What an agenda says, in one language, cleaned of characters no format carries: the heading, the
 * format and its rules, the themes, each part with its speakers, the waiting list (those who may
 * still speak: a refused request is not on it), registration and acknowledgements. The Markdown and HTML agendas lay out the same content.
 */
public final class Agenda {

  /**
   * One speaker of a part: the time, the delegation, the person if named, the rank or function,
   * the statement's title, and the speaking time. A title or a rank is never put for a name.
   */
  public record Row(String time, String delegation, String speaker, String capacity, String statement,
      String duration) {}

  /** One part of the programme. */
  public record Part(String id, String title, String time, Optional<String> objective,
      Optional<String> allotment, List<Row> rows) {}

  /** One entry of the waiting list. */
  public record Waiting(int number, String delegation, String segment, String status, String reason) {}


  public final String title;
  public final Optional<String> subtitle;
  public final String session;
  public final String when;
  public final String formatHeading;
  public final List<String> format;
  public final List<String> themes;
  public final List<Part> parts;
  /** Whether some speaker is named, some has a rank or function, some statement a title: the optional columns. */
  private final boolean named;
  private final boolean capacities;
  private final boolean statements;
  public final List<Waiting> waiting;
  public final Optional<String> registration;
  public final List<String> acknowledgements;
  public final Optional<String> overrun;
  /** "Release 2", for a numbered release. */
  public final Optional<String> release;
  /** The changes since an earlier release, when the agenda shows them. */
  public final Optional<ChangeTable> changes;
  public final Locale locale;

  private Agenda(Timetable t, ExportOptions options) {
    Locale locale = options.locale();
    this.locale = locale;
    release = options.release().isPresent()
        ? Optional.of(label("agenda.release", options.release().getAsInt())) : Optional.empty();
    changes = options.changes().map(c -> ChangeTable.of(c, locale));
    Plan plan = t.plan();
    Plenary p = plan.plenary();
    title = text(p.title());
    subtitle = p.subtitle().map(this::text);
    session = text(p.session());
    when = Texts.clean(Messages.EXPORT.format(locale, "agenda.when", Dates.day(p.date(), locale),
        Dates.clock(t.start()), Dates.clock(t.hardEnd()), text(p.venue().time()), text(p.venue().name())));
    formatHeading = Messages.EXPORT.format(locale, "agenda.format", Durations.format(p.budget(), locale));
    List<String> rules = new ArrayList<>();
    for (RuleSummary r : plan.rules()) {
      rules.add(Messages.EXPORT.format(locale, "agenda.rule", text(r.description()), text(r.reason())));
    }
    format = rules;
    List<String> themeTitles = new ArrayList<>();
    for (Theme th : p.themes()) {
      themeTitles.add(text(th.title()));
    }
    themes = themeTitles;
    List<Part> partList = new ArrayList<>();
    List<Slot> entries = t.plan().slots();
    int next = 0;
    for (Timetable.SegmentTimes st : t.segments()) {
      Segment s = st.segment();
      List<Row> rows = new ArrayList<>();
      while (next < entries.size() && entries.get(next).segment().equals(s.id())) {
        Slot e = entries.get(next++);
        org.plenary.core.agenda.Intervention i = e.intervention();
        rows.add(new Row(Dates.clock(e.start().orElseThrow()), Texts.clean(Labels.delegation(i, locale)),
            Texts.clean(Labels.name(i.speaker())), Texts.clean(Labels.capacity(i.speaker(), locale)),
            Texts.clean(i.title().map(x -> x.in(locale)).orElse("")),
            Durations.format(e.allotted(), locale)));
      }
      partList.add(new Part(s.id(), text(s.title()), Texts.span(Dates.clock(st.start()), Dates.clock(st.end()), locale),
          s.objective().map(this::text),
          s.allotment().map(a -> Messages.EXPORT.format(locale, "agenda.allotment", Durations.format(a, locale))),
          rows));
    }
    parts = partList;
    named = partList.stream().flatMap(x -> x.rows().stream()).anyMatch(r -> !r.speaker().isEmpty());
    capacities = partList.stream().flatMap(x -> x.rows().stream()).anyMatch(r -> !r.capacity().isEmpty());
    statements = partList.stream().flatMap(x -> x.rows().stream()).anyMatch(r -> !r.statement().isEmpty());
    Map<String, String> segmentTitles = new TreeMap<>();
    p.segments().forEach(s -> segmentTitles.put(s.id(), text(s.title())));
    List<Waiting> waitingRows = new ArrayList<>();
    int n = 0;
    for (WaitingEntry w : plan.waitingList()) {
      if (!w.mayStillSpeak()) {
        continue;
      }
      waitingRows.add(new Waiting(++n, Texts.clean(Labels.delegation(w.intervention(), locale)),
          segmentTitles.get(w.segment()), Labels.status(w, locale), text(w.decidedBy().message())));
    }
    waiting = waitingRows;
    registration = p.registration().map(r -> Texts.clean(Messages.EXPORT.format(locale,
        "agenda.registration.text", Dates.day(r.deadline(), locale), r.address())));
    List<String> thanks = new ArrayList<>();
    p.acknowledgements().forEach(a -> thanks.add(text(a)));
    acknowledgements = thanks;
    overrun = t.slack().isNegative() ? Optional.of(Messages.EXPORT.format(locale, "agenda.overrun",
        Durations.format(t.slack().negated(), locale))) : Optional.empty();
  }

  /** The agenda of {@code timetable} as {@code options} say: language, release and changes. */
  public static Agenda of(Timetable timetable, ExportOptions options) {
    return new Agenda(timetable, options);
  }

  /**
   * The headings of the speakers' tables: the time, the delegation, then the speaker, the rank or
   * function and the statement where some row has one, and the speaking time, always last.
   */
  public List<String> columns() {
    List<String> c = new ArrayList<>(List.of(label("agenda.col.time"), label("agenda.col.delegation")));
    if (named) {
      c.add(label("agenda.col.speaker"));
    }
    if (capacities) {
      c.add(label("agenda.col.capacity"));
    }
    if (statements) {
      c.add(label("agenda.col.statement"));
    }
    c.add(label("agenda.col.duration"));
    return c;
  }

  /** The cells of {@code r} under {@link #columns()}. */
  public List<String> cells(Row r) {
    List<String> c = new ArrayList<>(List.of(r.time(), r.delegation()));
    if (named) {
      c.add(r.speaker());
    }
    if (capacities) {
      c.add(r.capacity());
    }
    if (statements) {
      c.add(r.statement());
    }
    c.add(r.duration());
    return c;
  }

  /** A label from the export bundle in this agenda's language. */
  public String label(String key, Object... args) {
    return Messages.EXPORT.format(locale, key, args);
  }

  private String text(LocalizedText t) {
    return Texts.clean(t.in(locale));
  }
}
