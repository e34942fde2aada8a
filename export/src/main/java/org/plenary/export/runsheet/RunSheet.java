package org.plenary.export.runsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.sitting.Moment;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Messages;
import org.plenary.export.internal.Texts;

/**
 * The chair's run sheet in plain text, for a lectern: for each item its clock time, the speaker and
 * delegation, the time allotted, the time used so far and the budget left; a line where each segment
 * ends; then the waiting list, the requests refused, and the findings. Columns are fixed-width; a name
 * wider than its column is wrapped onto the lines below, never cut. {@link #now(Sitting, ExportOptions)} gives the same sheet for a sitting in progress.
 */
public final class RunSheet implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public RunSheet() {}

  private static final int WHO = 46;
  /** Columns for a figure: "1 h 30 min", "1小时30分钟". */
  private static final int FIGURE = 11;

  /**
   * The run sheet's "now" view of a sitting: what is done with actual times, who speaks now and for
   * how much longer, what is next, and the projected end against the hard end.
   */
  public static String now(Sitting sitting, ExportOptions options) {
    Locale l = options.locale();
    Moment m = sitting.now();
    StringBuilder out = new StringBuilder();
    out.append(Texts.clean(Messages.EXPORT.format(l, "now.title", Dates.clock(m.at()),
        sitting.plan().plenary().title().in(l)))).append("\n\n");
    out.append(Messages.EXPORT.format(l, "now.done")).append('\n');
    if (m.done().isEmpty()) {
      out.append("  ").append(Messages.EXPORT.format(l, "now.none")).append('\n');
    }
    for (Moment.Done d : m.done()) {
      out.append("  " + Texts.span(Dates.clock(d.began()), Dates.clock(d.ended()), l) + "  "
          + cell(Labels.who(d.slot().intervention(), l), 40, l) + "  " + Messages.EXPORT.format(l, "now.actual",
              Durations.format(d.slot().allotted(), l), Durations.format(d.actual(), l),
              Durations.signed(d.actual().minus(d.slot().allotted()), l)) + "\n");
    }
    out.append('\n');
    if (m.current().isPresent()) {
      Duration left = m.timeLeft().orElseThrow();
      String who = Texts.isolate(Texts.shorten(Labels.who(m.current().get().intervention(), l), 60), l);
      out.append(left.isNegative()
          ? Messages.EXPORT.format(l, "now.current.over", who, Durations.format(left.negated(), l))
          : Messages.EXPORT.format(l, "now.current", who, Durations.format(left, l))).append('\n');
    } else {
      out.append(Messages.EXPORT.format(l, "now.floor-free")).append('\n');
    }
    m.next().ifPresent(n -> out.append(Messages.EXPORT.format(l, "now.next",
        Texts.isolate(Texts.shorten(Labels.who(n.intervention(), l), 60), l), Durations.format(n.allotted(), l)))
        .append('\n'));
    out.append(Messages.EXPORT.format(l, "now.then", Math.max(0, m.remaining().size() - 1),
        Dates.clock(m.projectedEnd()), Dates.clock(m.hardEnd()))).append('\n');
    out.append(m.onTime() ? Messages.EXPORT.format(l, "now.ontime")
        : Messages.EXPORT.format(l, "now.late", Durations.format(m.overrun(), l))).append('\n');
    return lines(out.toString(), l);
  }

  @Override
  public String format() {
    return "runsheet";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=UTF-8";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void write(Timetable t, ExportOptions options, OutputStream out) throws IOException {
    Locale l = options.locale();
    Plan plan = t.plan();
    StringBuilder w = new StringBuilder();
    w.append(Texts.clean(Messages.EXPORT.format(l, "runsheet.title", plan.plenary().title().in(l))) + "\n");
    w.append(Messages.EXPORT.format(l, "runsheet.budget", Durations.format(t.plan().plenary().budget(), l), Dates.clock(t.start()),
        Dates.clock(t.hardEnd()), Dates.day(t.start().toLocalDate(), l)) + "\n\n");
    String header = row(Messages.EXPORT.format(l, "runsheet.col.time"),
        Texts.fit(Messages.EXPORT.format(l, "runsheet.col.who"), WHO), Messages.EXPORT.format(l, "runsheet.col.allotted"),
        Messages.EXPORT.format(l, "runsheet.col.cumulative"), Messages.EXPORT.format(l, "runsheet.col.left"));
    w.append(header + "\n" + "-".repeat(Texts.width(header)) + "\n");
    List<Slot> entries = t.plan().slots();
    int next = 0;
    for (Timetable.SegmentTimes s : t.segments()) {
      w.append(wrapped("== " + Dates.clock(s.start()) + "  ", s.segment().title().in(l), 70, "\n", l));
      while (next < entries.size() && entries.get(next).segment().equals(s.segment().id())) {
        Slot e = entries.get(next++);
        Duration used = Duration.between(t.start(), e.end().orElseThrow());
        List<String> who = Texts.wrap(Labels.who(e.intervention(), l), WHO);
        w.append(row(Dates.clock(e.start().orElseThrow()), cell(who.get(0), WHO, l),
            Durations.format(e.allotted(), l), Durations.clock(used), Durations.format(t.plan().plenary().budget().minus(used), l)))
            .append('\n');
        for (String more : who.subList(1, who.size())) {
          w.append("       ").append(Texts.isolate(more, l)).append('\n');
        }
        for (Decision d : e.decisions()) {
          if (d.kind() != Decision.Kind.ORDERED) {
            w.append("       \u00b7 " + Texts.clean(d.message().in(l)) + "\n");
          }
        }
      }
      w.append(wrapped("   -- ", Messages.EXPORT.format(l, "runsheet.segment.end",
          s.segment().title().in(l), Dates.clock(s.end()), Durations.format(s.subtotal(), l)), 80, "", l));
    }
    w.append("\n" + Messages.EXPORT.format(l, "runsheet.total", Durations.format(t.total(), l),
        !t.slack().isNegative() ? Messages.EXPORT.format(l, "runsheet.slack", Durations.format(t.slack(), l))
            : Messages.EXPORT.format(l, "runsheet.overrun", Durations.format(t.slack().negated(), l))) + "\n\n");
    List<WaitingEntry> waiting = plan.waitingList().stream().filter(WaitingEntry::mayStillSpeak).toList();
    List<WaitingEntry> refused = plan.waitingList().stream().filter(e -> !e.mayStillSpeak()).toList();
    if (waiting.isEmpty()) {
      w.append(Messages.EXPORT.format(l, "runsheet.waiting.none") + "\n");
    } else {
      w.append(Messages.EXPORT.format(l, "runsheet.waiting", waiting.size()) + "\n");
      entries(w, waiting, l);
    }
    if (!refused.isEmpty()) {
      w.append("\n" + Messages.EXPORT.format(l, "runsheet.refused", refused.size()) + "\n");
      entries(w, refused, l);
    }
    List<Finding> findings = new java.util.ArrayList<>(plan.findings());
    Finding.languageGaps(l).ifPresent(findings::add);
    if (!findings.isEmpty()) {
      w.append("\n" + Messages.EXPORT.format(l, "runsheet.findings") + "\n");
      for (Finding f : findings) {
        w.append("- " + Texts.clean(f.render(l, ruleName(plan, f.ruleId()))) + "\n");
      }
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(lines(w.toString(), l));
    writer.flush();
  }

  /** Numbered entries kept out of the plan: the delegation, wrapped in its column, and why. */
  private static void entries(StringBuilder w, List<WaitingEntry> entries, Locale l) {
    int n = 0;
    for (WaitingEntry e : entries) {
      List<String> names = Texts.wrap(Labels.delegation(e.intervention(), l), 36);
      w.append(String.format(Locale.ROOT, "%3d. ", ++n)).append(cell(names.get(0), 36, l))
          .append("  ").append(Texts.clean(e.decidedBy().message().in(l))).append('\n');
      for (String more : names.subList(1, names.size())) {
        w.append("     ").append(Texts.isolate(more, l)).append('\n');
      }
    }
  }

  /**
   * {@code text} after {@code lead}, wrapped to {@code width} columns, its further lines indented
   * under its first; {@code before} goes before it all.
   */
  private static String wrapped(String lead, String text, int width, String before, Locale l) {
    StringBuilder out = new StringBuilder(before);
    String indent = " ".repeat(Texts.width(lead));
    List<String> lines = Texts.wrap(text, width);
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? lead : indent).append(lines.get(i)).append('\n');
    }
    return out.toString();
  }

  /** A row of the sheet: the time, the speaker's cell, and three figures aligned to the right. */
  private static String row(String time, String who, String allotted, String cumulative, String left) {
    return Texts.fit(time, 5) + "  " + who + "  " + Texts.fitRight(allotted, FIGURE) + "  " + Texts.fitRight(cumulative, FIGURE)
        + "  " + Texts.fitRight(left, FIGURE);
  }

  /** A name shortened and padded to {@code width} columns, isolated from the figures beside it. */
  private static String cell(String name, int width, Locale l) {
    String shortened = Texts.shorten(name, width);
    return Texts.isolate(shortened, l) + " ".repeat(Math.max(0, width - Texts.width(shortened)));
  }

  /**
   * The sheet's lines, each opened by a right-to-left mark in a right-to-left language, so that every
   * line, whatever it begins with, reads from the right and its columns stay under each other.
   */
  private static String lines(String text, Locale l) {
    return Texts.isRightToLeft(l) ? text.replaceAll("(?m)^(?=.)", "\u200F") : text;
  }

  /** The name of rule {@code id} as readers know it, if {@code plan} was planned under it. */
  private static Optional<LocalizedText> ruleName(Plan plan, String id) {
    return plan.rules().stream().filter(r -> r.id().equals(id)).findFirst().map(Plan.RuleSummary::name);
  }
}
