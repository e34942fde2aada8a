package org.plenary.export.agenda;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Agenda;
import org.plenary.export.internal.ChangeTable;
import org.plenary.export.internal.Texts;
import org.plenary.export.svg.SvgTimeline;

/**
 * The agenda as one standalone HTML page: inline CSS, readable on a phone, printable on A4, with the
 * SVG timeline embedded. Every text from the model is escaped with Guava's HTML escaper, and names
 * are isolated with {@code <bdi>} so that right-to-left scripts do not disturb the layout.
 */
public final class HtmlAgenda implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public HtmlAgenda() {}

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  static final String CSS = String.join("\n",
      ":root{--ink:#1c2833;--muted:#5d6d7e;--rule:#d5dbdb;--accent:#1f4e79;--warn:#a93226}",
      "*{box-sizing:border-box}",
      "body{font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);margin:0 auto;"
          + "max-width:54rem;padding:1.5rem 1rem}",
      "h1{font-size:1.7rem;line-height:1.2;margin:0 0 .4rem;color:var(--accent)}",
      "h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}",
      "h3{font-size:1.05rem;margin:1.6rem 0 .3rem}",
      "h3 .time{font-family:Helvetica,Arial,sans-serif;color:var(--accent);white-space:nowrap;"
          + "margin-inline-end:.5rem}",
      ".subtitle{font-style:italic;font-size:1.1rem;margin:.2rem 0}",
      ".meta{color:var(--muted);margin:.2rem 0}",
      ".objective{font-style:italic;color:var(--muted);margin:.2rem 0 .6rem}",
      ".warn{color:var(--warn);font-weight:bold}",
      "table{border-collapse:collapse;width:100%;font:14px/1.4 Helvetica,Arial,sans-serif;margin:.4rem 0}",
      "th,td{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:start;vertical-align:top}",
      "th{color:var(--muted);font-weight:normal;font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
      "td.num{text-align:end;white-space:nowrap}td.time{white-space:nowrap;font-variant-numeric:tabular-nums}",
      "figure{margin:1rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}",
      ":lang(ar) body{font-family:'Noto Naskh Arabic','Amiri','Times New Roman',serif}"
          + ":lang(ar) table{font-family:'Noto Sans Arabic','Noto Naskh Arabic',Tahoma,sans-serif}"
          + ":lang(ar) th{text-transform:none;letter-spacing:normal;font-size:13px}"
          + ":lang(ar) .subtitle,:lang(ar) .objective,:lang(ar) footer{font-style:normal}",
      ":lang(zh) body{font-family:'Noto Serif CJK SC','Source Han Serif SC','Songti SC',serif}"
          + ":lang(zh) table{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC',sans-serif}"
          + ":lang(zh) th,:lang(zh) .subtitle,:lang(zh) .objective{letter-spacing:normal;font-style:normal}",
      "footer{margin-top:2.5rem;border-top:1px solid var(--rule);padding-top:.8rem;font-style:italic}",
      "@media (max-width:40rem){body{font-size:15px}th:nth-child(2),td:nth-child(2){display:none}}",
      "@media print{body{max-width:none;padding:0}h2{break-after:avoid}tr,h3{break-inside:avoid}"
          + "@page{size:A4;margin:18mm}}");

  /**
   * The root element's attributes for {@code locale}: its BCP 47 tag, and {@code dir="rtl"} for a
   * language written right to left, so that the browser lays the whole page out from the right.
   */
  static String root(Locale locale) {
    return "lang=\"" + HTML.escape(locale.toLanguageTag()) + "\" dir=\"" + (Texts.isRightToLeft(locale) ? "rtl" : "ltr")
        + "\"";
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public void write(Timetable timetable, ExportOptions options, OutputStream out) throws IOException {
    Agenda a = Agenda.of(timetable, options);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html>\n<html " + root(options.locale()) + ">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + e(a.title) + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n");
    w.write("<header>\n<h1>" + e(a.title) + "</h1>\n");
    if (a.subtitle.isPresent()) {
      w.write("<p class=\"subtitle\">" + e(a.subtitle.get()) + "</p>\n");
    }
    w.write("<p class=\"meta\">" + e(a.session) + "</p>\n<p class=\"meta\">" + e(a.when) + "</p>\n");
    if (a.release.isPresent()) {
      w.write("<p class=\"meta\"><strong>" + e(a.release.get()) + "</strong></p>\n");
    }
    w.write("</header>\n");
    if (a.changes.isPresent()) {
      changes(w, a.changes.get());
    }
    w.write("<section>\n<h2>" + e(a.formatHeading) + "</h2>\n<ul>\n");
    for (String rule : a.format) {
      w.write("<li>" + e(rule) + "</li>\n");
    }
    w.write("</ul>\n");
    if (a.overrun.isPresent()) {
      w.write("<p class=\"warn\">" + e(a.overrun.get()) + "</p>\n");
    }
    w.write("</section>\n");
    if (!a.themes.isEmpty()) {
      w.write("<section>\n<h2>" + e(a.label("agenda.themes")) + "</h2>\n<ul>\n");
      for (String theme : a.themes) {
        w.write("<li>" + e(theme) + "</li>\n");
      }
      w.write("</ul>\n</section>\n");
    }
    w.write("<section>\n<h2>" + e(a.label("agenda.timeline")) + "</h2>\n<figure>\n");
    w.write(SvgTimeline.svgElement(timetable, options));
    w.write("\n</figure>\n</section>\n");
    w.write("<section>\n<h2>" + e(a.label("agenda.programme")) + "</h2>\n");
    for (Agenda.Part part : a.parts) {
      w.write("<h3 id=\"segment-" + e(part.id()) + "\"><span class=\"time\">" + e(part.time())
          + "</span>" + e(part.title()) + "</h3>\n");
      if (part.objective().isPresent()) {
        w.write("<p class=\"objective\">" + e(part.objective().get()) + "</p>\n");
      }
      if (part.allotment().isPresent()) {
        w.write("<p class=\"meta\">" + e(part.allotment().get()) + "</p>\n");
      }
      if (part.rows().isEmpty()) {
        w.write("<p class=\"meta\">" + e(a.label("agenda.no-speakers")) + "</p>\n");
        continue;
      }
      w.write("<table>\n<thead><tr>");
      for (String column : a.columns()) {
        w.write("<th>" + e(column) + "</th>");
      }
      w.write("</tr></thead>\n<tbody>\n");
      for (Agenda.Row r : part.rows()) {
        List<String> cells = a.cells(r);
        w.write("<tr><td class=\"time\">" + e(cells.get(0)) + "</td>");
        for (String cell : cells.subList(1, cells.size() - 1)) {
          w.write("<td><bdi>" + e(cell) + "</bdi></td>");
        }
        w.write("<td class=\"num\">" + e(cells.get(cells.size() - 1)) + "</td></tr>\n");
      }
      w.write("</tbody>\n</table>\n");
    }
    w.write("</section>\n<section>\n<h2>" + e(a.label("agenda.waiting")) + "</h2>\n");
    if (a.waiting.isEmpty()) {
      w.write("<p>" + e(a.label("agenda.waiting.none")) + "</p>\n");
    } else {
      w.write("<table>\n<thead><tr><th>" + e(a.label("agenda.col.number")) + "</th><th>"
          + e(a.label("agenda.col.delegation")) + "</th><th>" + e(a.label("agenda.col.segment"))
          + "</th><th>" + e(a.label("agenda.col.status")) + "</th><th>" + e(a.label("agenda.col.reason"))
          + "</th></tr></thead>\n<tbody>\n");
      for (Agenda.Waiting x : a.waiting) {
        w.write("<tr><td class=\"num\">" + x.number() + "</td><td><bdi>" + e(x.delegation())
            + "</bdi></td><td>" + e(x.segment()) + "</td><td>" + e(x.status()) + "</td><td>"
            + e(x.reason()) + "</td></tr>\n");
      }
      w.write("</tbody>\n</table>\n");
    }
    w.write("</section>\n");
    if (a.registration.isPresent()) {
      w.write("<section>\n<h2>" + e(a.label("agenda.registration")) + "</h2>\n<p>"
          + e(a.registration.get()) + "</p>\n</section>\n");
    }
    if (!a.acknowledgements.isEmpty()) {
      w.write("<footer>\n");
      for (String thanks : a.acknowledgements) {
        w.write("<p>" + e(thanks) + "</p>\n");
      }
      w.write("</footer>\n");
    }
    w.write("</body>\n</html>\n");
    w.flush();
  }

  /** Writes the changes since an earlier release: a section with a heading, then a table or a line. */
  static void changes(Writer w, ChangeTable changes) throws IOException {
    w.write("<section id=\"changes\">\n<h2>" + e(changes.heading()) + "</h2>\n");
    if (changes.none().isPresent()) {
      w.write("<p>" + e(changes.none().get()) + "</p>\n</section>\n");
      return;
    }
    table(w, changes.columns(), changes.rows());
    w.write("</section>\n");
  }

  /** Writes a table of texts, each cell isolated ({@code <bdi>}) since names may run right to left. */
  static void table(Writer w, List<String> columns, List<List<String>> rows) throws IOException {
    w.write("<table>\n<thead><tr>");
    for (String c : columns) {
      w.write("<th>" + e(c) + "</th>");
    }
    w.write("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      w.write("<tr>");
      for (String cell : r) {
        w.write("<td><bdi>" + e(cell) + "</bdi></td>");
      }
      w.write("</tr>\n");
    }
    w.write("</tbody>\n</table>\n");
  }

  static String e(String text) {
    return HTML.escape(text);
  }
}
