package org.plenary.export.agenda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Markdown;
import org.plenary.export.internal.Agenda;
import org.plenary.export.internal.ChangeTable;

/**
 * The agenda as CommonMark with GitHub tables: title, session, date, the format and its rules, the
 * themes, each segment with its objective and speakers at their clock times, the waiting list,
 * registration and acknowledgements.
 *
 * <p>Every text from the model is escaped, so that a name holding {@code |}, {@code *} or
 * {@code <script>} reads as written and never breaks a table.
 */
public final class MarkdownAgenda implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public MarkdownAgenda() {}

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void write(Timetable timetable, ExportOptions options, OutputStream out) throws IOException {
    Agenda a = Agenda.of(timetable, options);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# " + escape(a.title) + "\n\n");
    if (a.subtitle.isPresent()) {
      w.write("**" + escape(a.subtitle.get()) + "**\n\n");
    }
    w.write(escape(a.session) + "  \n" + escape(a.when) + "\n\n");
    if (a.release.isPresent()) {
      w.write("**" + escape(a.release.get()) + "**\n\n");
    }
    if (a.changes.isPresent()) {
      changes(w, a.changes.get());
    }
    w.write("## " + escape(a.formatHeading) + "\n\n");
    for (String rule : a.format) {
      w.write("- " + escape(rule) + "\n");
    }
    if (a.overrun.isPresent()) {
      w.write("\n**" + escape(a.overrun.get()) + "**\n");
    }
    if (!a.themes.isEmpty()) {
      w.write("\n## " + escape(a.label("agenda.themes")) + "\n\n");
      for (String theme : a.themes) {
        w.write("- " + escape(theme) + "\n");
      }
    }
    w.write("\n## " + escape(a.label("agenda.programme")) + "\n");
    for (Agenda.Part part : a.parts) {
      w.write("\n### " + escape(part.time()) + " \u00b7 " + escape(part.title()) + "\n\n");
      if (part.objective().isPresent()) {
        w.write("*" + escape(part.objective().get()) + "*\n\n");
      }
      if (part.allotment().isPresent()) {
        w.write(escape(part.allotment().get()) + "\n\n");
      }
      if (part.rows().isEmpty()) {
        w.write(escape(a.label("agenda.no-speakers")) + "\n");
        continue;
      }
      List<String> columns = a.columns();
      row(w, columns.toArray(String[]::new));
      w.write("|---".repeat(columns.size() - 1) + "|---:|\n");
      for (Agenda.Row r : part.rows()) {
        row(w, a.cells(r).toArray(String[]::new));
      }
    }
    w.write("\n## " + escape(a.label("agenda.waiting")) + "\n\n");
    if (a.waiting.isEmpty()) {
      w.write(escape(a.label("agenda.waiting.none")) + "\n");
    } else {
      row(w, a.label("agenda.col.number"), a.label("agenda.col.delegation"), a.label("agenda.col.segment"),
          a.label("agenda.col.status"), a.label("agenda.col.reason"));
      w.write("|---:|---|---|---|---|\n");
      for (Agenda.Waiting x : a.waiting) {
        row(w, String.valueOf(x.number()), x.delegation(), x.segment(), x.status(), x.reason());
      }
    }
    if (a.registration.isPresent()) {
      w.write("\n## " + escape(a.label("agenda.registration")) + "\n\n" + escape(a.registration.get()) + "\n");
    }
    if (!a.acknowledgements.isEmpty()) {
      w.write("\n---\n\n");
      for (String thanks : a.acknowledgements) {
        w.write("*" + escape(thanks) + "*\n\n");
      }
    }
    w.flush();
  }

  /** Writes the changes since an earlier release: a heading, then a table or a line. */
  static void changes(Writer w, ChangeTable changes) throws IOException {
    w.write("## " + escape(changes.heading()) + "\n\n");
    if (changes.none().isPresent()) {
      w.write(escape(changes.none().get()) + "\n\n");
      return;
    }
    table(w, changes.columns(), changes.rows(), "|---|---|---|---|---|\n");
    w.write("\n");
  }

  /** Writes a table: the header row, the {@code rule} line that aligns the columns, then the rows. */
  static void table(Writer w, List<String> columns, List<List<String>> rows, String rule) throws IOException {
    row(w, columns.toArray(String[]::new));
    w.write(rule);
    for (List<String> r : rows) {
      row(w, r.toArray(String[]::new));
    }
  }

  private static void row(Writer w, String... cells) throws IOException {
    w.write(Markdown.row(cells));
  }

  static String escape(String text) {
    return Markdown.escape(text);
  }
}
