package org.plenary.export.agenda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.export.ExportOptions;
import org.plenary.export.internal.ChangeTable;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Messages;
import org.plenary.export.internal.Texts;

/**
 * The overview of a series of meetings, in Markdown or HTML: the debate's title and span, the changes
 * since an earlier release if the options carry them, a row per meeting (date, time, speakers, how
 * many were carried over to the next), the waiting list after the last meeting, and registration.
 * Each meeting has its own agenda besides; this is the page that links them in a reader's mind.
 *
 * <pre>{@code
 * SeriesOverview.markdown(seriesPlan, ExportOptions.in(Locale.FRENCH), out);
 * }</pre>
 */
public final class SeriesOverview {

  private SeriesOverview() {}

  /** What the overview says, in one language. */
  private record Content(String title, String session, String span, Optional<String> release,
      Optional<ChangeTable> changes, List<String> columns, List<List<String>> meetings, String waitingHeading,
      List<String> waitingColumns, List<List<String>> waiting, String noneWaiting, Optional<String> registration,
      Locale locale) {

    String label(String key, Object... args) {
      return Messages.EXPORT.format(locale, key, args);
    }
  }

  private static Content content(SeriesPlan plan, ExportOptions options) {
    Locale l = options.locale();
    Series series = plan.series();
    Plenary first = series.meeting(0);
    Plenary last = series.meeting(series.meetings().size() - 1);
    List<List<String>> meetings = new ArrayList<>();
    for (int i = 0; i < plan.meetings().size(); i++) {
      Plan p = plan.meeting(i);
      Timetable t = p.timetable();
      long speakers = p.slots().stream().filter(s -> s.request().isPresent()).count();
      long carried = p.waitingList().stream().filter(w -> w.status() == Decision.Kind.CARRIED_OVER).count();
      meetings.add(List.of(String.valueOf(i + 1), Dates.day(p.plenary().date(), l),
          Texts.span(Dates.clock(t.start()), Dates.clock(t.hardEnd()), l), String.valueOf(speakers),
          String.valueOf(carried)));
    }
    List<List<String>> waiting = new ArrayList<>();
    int n = 0;
    for (WaitingEntry w : plan.waitingList()) {
      if (!w.mayStillSpeak()) {
        continue;
      }
      waiting.add(List.of(String.valueOf(++n), Texts.clean(Labels.delegation(w.intervention(), l)),
          Labels.status(w, l), Texts.clean(w.decidedBy().message().in(l))));
    }
    String span = Messages.EXPORT.format(l, "overview.span", series.meetings().size(), Dates.day(first.date(), l),
        Dates.day(last.date(), l), Texts.clean(first.venue().time().in(l)), Texts.clean(first.venue().name().in(l)));
    return new Content(Texts.clean(first.title().in(l)), Texts.clean(first.session().in(l)), span,
        options.release().isPresent()
            ? Optional.of(Messages.EXPORT.format(l, "agenda.release", options.release().getAsInt()))
            : Optional.empty(),
        options.changes().map(c -> ChangeTable.of(c, l)),
        List.of(Messages.EXPORT.format(l, "agenda.col.number"), Messages.EXPORT.format(l, "overview.col.date"),
            Messages.EXPORT.format(l, "agenda.col.time"), Messages.EXPORT.format(l, "overview.col.speakers"),
            Messages.EXPORT.format(l, "overview.col.carried")),
        meetings, Messages.EXPORT.format(l, "overview.waiting"),
        List.of(Messages.EXPORT.format(l, "agenda.col.number"), Messages.EXPORT.format(l, "agenda.col.delegation"),
            Messages.EXPORT.format(l, "agenda.col.status"), Messages.EXPORT.format(l, "agenda.col.reason")),
        waiting, Messages.EXPORT.format(l, "agenda.waiting.none"),
        first.registration().map(r -> Texts.clean(Messages.EXPORT.format(l, "agenda.registration.text",
            Dates.day(r.deadline(), l), r.address()))), l);
  }

  /** Writes the overview of {@code plan} as CommonMark with GitHub tables, every text escaped. */
  public static void markdown(SeriesPlan plan, ExportOptions options, OutputStream out) throws IOException {
    Content c = content(plan, options);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# " + MarkdownAgenda.escape(c.title()) + "\n\n" + MarkdownAgenda.escape(c.session()) + "  \n"
        + MarkdownAgenda.escape(c.span()) + "\n\n");
    if (c.release().isPresent()) {
      w.write("**" + MarkdownAgenda.escape(c.release().get()) + "**\n\n");
    }
    if (c.changes().isPresent()) {
      MarkdownAgenda.changes(w, c.changes().get());
    }
    w.write("## " + MarkdownAgenda.escape(c.label("overview.heading")) + "\n\n");
    MarkdownAgenda.table(w, c.columns(), c.meetings(), "|---:|---|---|---:|---:|\n");
    w.write("\n## " + MarkdownAgenda.escape(c.waitingHeading()) + "\n\n");
    if (c.waiting().isEmpty()) {
      w.write(MarkdownAgenda.escape(c.noneWaiting()) + "\n");
    } else {
      MarkdownAgenda.table(w, c.waitingColumns(), c.waiting(), "|---:|---|---|---|\n");
    }
    if (c.registration().isPresent()) {
      w.write("\n## " + MarkdownAgenda.escape(c.label("agenda.registration")) + "\n\n"
          + MarkdownAgenda.escape(c.registration().get()) + "\n");
    }
    w.flush();
  }

  /** Writes the overview of {@code plan} as a standalone HTML page, every text escaped. */
  public static void html(SeriesPlan plan, ExportOptions options, OutputStream out) throws IOException {
    Content c = content(plan, options);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html>\n<html " + HtmlAgenda.root(options.locale()) + ">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + HtmlAgenda.e(c.title()) + "</title>\n<style>\n" + HtmlAgenda.CSS + "\n</style>\n</head>\n"
        + "<body>\n<header>\n<h1>" + HtmlAgenda.e(c.title()) + "</h1>\n<p class=\"meta\">"
        + HtmlAgenda.e(c.session()) + "</p>\n<p class=\"meta\">" + HtmlAgenda.e(c.span()) + "</p>\n");
    if (c.release().isPresent()) {
      w.write("<p class=\"meta\"><strong>" + HtmlAgenda.e(c.release().get()) + "</strong></p>\n");
    }
    w.write("</header>\n");
    if (c.changes().isPresent()) {
      HtmlAgenda.changes(w, c.changes().get());
    }
    w.write("<section>\n<h2>" + HtmlAgenda.e(c.label("overview.heading")) + "</h2>\n");
    HtmlAgenda.table(w, c.columns(), c.meetings());
    w.write("</section>\n<section>\n<h2>" + HtmlAgenda.e(c.waitingHeading()) + "</h2>\n");
    if (c.waiting().isEmpty()) {
      w.write("<p>" + HtmlAgenda.e(c.noneWaiting()) + "</p>\n");
    } else {
      HtmlAgenda.table(w, c.waitingColumns(), c.waiting());
    }
    w.write("</section>\n");
    if (c.registration().isPresent()) {
      w.write("<section>\n<h2>" + HtmlAgenda.e(c.label("agenda.registration")) + "</h2>\n<p>"
          + HtmlAgenda.e(c.registration().get()) + "</p>\n</section>\n");
    }
    w.write("</body>\n</html>\n");
    w.flush();
  }
}
