package org.plenary.export.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Messages;
import org.plenary.export.internal.Texts;

/**
 * The timeline as SVG: one row per segment on a time axis, a bar for each intervention, a dashed
 * line where the budget ends, and whatever runs past it in red. Labels are shortened with care
 * (whole characters, whole words where possible) and the full text is kept in each bar's
 * {@code <title>}. Written with the JDK's StAX writer, which escapes the text.
 */
public final class SvgTimeline implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public SvgTimeline() {}

  private static final String NS = "http://www.w3.org/2000/svg";
  private static final int WIDTH = 960;
  private static final int LABEL = 250;
  private static final int RIGHT = 36;
  private static final int TOP = 56;
  private static final int ROW = 36;
  private static final String[] PALETTE = {"#1f4e79", "#2e86c1", "#117a65", "#7d6608", "#6c3483",
      "#a04000", "#1b4f72", "#0e6655"};
  private static final String OVER = "#c0392b";

  @Override
  public String format() {
    return "svg";
  }

  @Override
  public String mediaType() {
    return "image/svg+xml";
  }

  @Override
  public String extension() {
    return "svg";
  }

  @Override
  public void write(Timetable timetable, ExportOptions options, OutputStream out) throws IOException {
    String svg = render(timetable, options, true);
    out.write(svg.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The {@code <svg>} element alone, without an XML declaration, to embed in an HTML page. */
  public static String svgElement(Timetable timetable, ExportOptions options) {
    return render(timetable, options, false);
  }

  private static String render(Timetable t, ExportOptions options, boolean document) {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      draw(new Canvas(x, Texts.isRightToLeft(options.locale())), t, options.locale(), document);
      x.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the SVG timeline", e);
    }
    return buffer.toString();
  }

  private static void draw(Canvas x, Timetable t, Locale locale, boolean document)
      throws XMLStreamException {
    List<Timetable.SegmentTimes> segments = t.segments();
    Instant start = t.start().toInstant();
    Instant hardEnd = t.hardEnd().toInstant();
    Instant end = t.end().toInstant().isAfter(hardEnd) ? t.end().toInstant() : hardEnd;
    double span = Math.max(60, Duration.between(start, end).getSeconds());
    double scale = (WIDTH - LABEL - RIGHT) / span;
    int height = TOP + ROW * segments.size() + 40;
    if (document) {
      x.out.writeStartDocument("UTF-8", "1.0");
      x.out.writeCharacters("\n");
    }
    x.out.writeStartElement("svg");
    x.out.writeDefaultNamespace(NS);
    x.out.writeAttribute("viewBox", "0 0 " + WIDTH + " " + height);
    x.out.writeAttribute("width", String.valueOf(WIDTH));
    x.out.writeAttribute("height", String.valueOf(height));
    x.out.writeAttribute("role", "img");
    x.out.writeAttribute("font-family",
        "Helvetica, Arial, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif");
    x.out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.toLanguageTag());
    x.out.writeAttribute("direction", x.rtl ? "rtl" : "ltr");
    String title = Messages.EXPORT.format(locale, "svg.title",
        Texts.clean(t.plan().plenary().title().in(locale)));
    x.out.writeCharacters("\n");
    element(x, "title", title);
    text(x, 12, 24, 16, "bold", "start", "#1c2833", Texts.shorten(title, 90));
    for (Instant tick = start; !tick.isAfter(end); tick = tick.plus(Duration.ofMinutes(15))) {
      double px = LABEL + Duration.between(start, tick).getSeconds() * scale;
      line(x, px, TOP - 8, px, TOP + ROW * segments.size(), "#d5dbdb", null);
      text(x, px, TOP - 12, 11, null, "middle", "#5d6d7e", Dates.clock(tick.atZone(t.start().getZone())));
    }
    int row = 0;
    int next = 0;
    List<Slot> entries = t.plan().slots();
    for (Timetable.SegmentTimes s : segments) {
      double y = TOP + ROW * row;
      String color = PALETTE[row % PALETTE.length];
      text(x, LABEL - 8, y + ROW / 2.0 + 4, 12, null, "end", "#1c2833",
          Texts.shorten(s.segment().title().in(locale), 38));
      while (next < entries.size() && entries.get(next).segment().equals(s.segment().id())) {
        Slot e = entries.get(next++);
        bar(x, e.start().orElseThrow(), e.end().orElseThrow(), start, hardEnd, scale, y + 6, ROW - 12, color,
            Texts.isolate(Texts.clean(Labels.title(e.intervention(), locale)), locale) + " \u2014 "
                + Dates.clock(e.start().orElseThrow()) + ", " + Durations.format(e.allotted(), locale));
      }
      row++;
    }
    double budgetX = LABEL + Duration.between(start, hardEnd).getSeconds() * scale;
    line(x, budgetX, TOP - 20, budgetX, TOP + ROW * segments.size() + 6, OVER, "6 4");
    text(x, Math.min(budgetX, WIDTH - RIGHT), TOP + ROW * segments.size() + 22, 11, "bold", "end", OVER,
        Messages.EXPORT.format(locale, "svg.budget", Dates.clock(t.hardEnd())));
    x.out.writeEndElement();
    if (document) {
      x.out.writeCharacters("\n");
      x.out.writeEndDocument();
    }
  }

  private static void bar(Canvas x, ZonedDateTime from, ZonedDateTime to, Instant start,
      Instant hardEnd, double scale, double y, double h, String color, String label)
      throws XMLStreamException {
    double x0 = LABEL + Duration.between(start, from.toInstant()).getSeconds() * scale;
    double x1 = LABEL + Duration.between(start, to.toInstant()).getSeconds() * scale;
    double budget = LABEL + Duration.between(start, hardEnd).getSeconds() * scale;
    x.out.writeStartElement("g");
    element(x, "title", label);
    rect(x, x0, y, Math.max(1, Math.min(x1, Math.max(x0, budget)) - x0 - 1), h, color);
    if (x1 > budget) {
      double from0 = Math.max(x0, budget);
      rect(x, from0, y, Math.max(1, x1 - from0 - 1), h, OVER);
    }
    int fits = (int) ((x1 - x0 - 6) / 6.5);
    if (fits >= 4) {
      text(x, x0 + 3, y + h / 2 + 4, 10, null, "start", "#ffffff", Texts.shorten(label, fits));
    }
    x.out.writeEndElement();
    x.out.writeCharacters("\n");
  }

  private static void rect(Canvas x, double px, double y, double w, double h, String fill)
      throws XMLStreamException {
    x.out.writeEmptyElement("rect");
    x.out.writeAttribute("x", num(x.rtl ? WIDTH - px - w : px));
    x.out.writeAttribute("y", num(y));
    x.out.writeAttribute("width", num(w));
    x.out.writeAttribute("height", num(h));
    x.out.writeAttribute("rx", "2");
    x.out.writeAttribute("fill", fill);
  }

  private static void line(Canvas x, double x1, double y1, double x2, double y2, String stroke,
      String dash) throws XMLStreamException {
    x.out.writeEmptyElement("line");
    x.out.writeAttribute("x1", num(x.at(x1)));
    x.out.writeAttribute("y1", num(y1));
    x.out.writeAttribute("x2", num(x.at(x2)));
    x.out.writeAttribute("y2", num(y2));
    x.out.writeAttribute("stroke", stroke);
    if (dash != null) {
      x.out.writeAttribute("stroke-width", "2");
      x.out.writeAttribute("stroke-dasharray", dash);
    }
    x.out.writeCharacters("\n");
  }

  private static void text(Canvas x, double px, double y, int size, String weight, String anchor,
      String fill, String content) throws XMLStreamException {
    x.out.writeStartElement("text");
    x.out.writeAttribute("x", num(x.at(px)));
    x.out.writeAttribute("y", num(y));
    x.out.writeAttribute("font-size", String.valueOf(size));
    if (weight != null) {
      x.out.writeAttribute("font-weight", weight);
    }
    x.out.writeAttribute("text-anchor", anchor);
    x.out.writeAttribute("fill", fill);
    x.out.writeCharacters(Texts.clean(content));
    x.out.writeEndElement();
    x.out.writeCharacters("\n");
  }

  private static void element(Canvas x, String name, String content) throws XMLStreamException {
    x.out.writeStartElement(name);
    x.out.writeCharacters(Texts.clean(content));
    x.out.writeEndElement();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Where the timeline is drawn: the writer, and whether the language reads right to left, in which
   * case every x is mirrored (time runs from the right) and the text's direction makes "start" the
   * right-hand end, so the whole figure is the mirror image of the left-to-right one with its words
   * unmirrored.
   */
  private static final class Canvas {
    final XMLStreamWriter out;
    final boolean rtl;

    Canvas(XMLStreamWriter out, boolean rtl) {
      this.out = out;
      this.rtl = rtl;
    }

    double at(double px) {
      return rtl ? WIDTH - px : px;
    }
  }
}
