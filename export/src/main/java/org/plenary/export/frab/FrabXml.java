package org.plenary.export.frab;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;

/**
 * The frab {@code schedule.xml}, valid against the c3voc schema: one day, one room (the venue), an
 * event per planned intervention with a stable numeric id, a name-based UUID and a slug. Written with
 * the JDK's StAX writer, which escapes the text; characters XML forbids are replaced beforehand.
 */
public final class FrabXml implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public FrabXml() {}

  @Override
  public String format() {
    return "frab-xml";
  }

  @Override
  public String mediaType() {
    return "application/vnd.c3voc.schedule+xml";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public void write(Timetable t, ExportOptions options, OutputStream out) throws IOException {
    write(List.of(t), options, out);
  }

  /**
   * Writes the meetings of a series as one schedule: a {@code day} per date, whose room holds the
   * events of every meeting held that day, in order.
   *
   * @throws IllegalArgumentException if {@code meetings} is empty
   */
  public static void write(List<Timetable> meetings, ExportOptions options, OutputStream out)
      throws IOException {
    checkArgument(!meetings.isEmpty(), "a frab schedule needs at least one meeting");
    FrabEvents f = new FrabEvents(meetings, options);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.writeStartElement("schedule");
      nl(x, 1);
      x.writeEmptyElement("generator");
      x.writeAttribute("name", "plenary");
      x.writeAttribute("version", "1");
      nl(x, 1);
      element(x, "version", f.version);
      nl(x, 1);
      x.writeStartElement("conference");
      nl(x, 2);
      element(x, "title", f.title);
      nl(x, 2);
      element(x, "acronym", f.acronym);
      nl(x, 2);
      element(x, "start", f.start);
      nl(x, 2);
      element(x, "end", f.end);
      nl(x, 2);
      element(x, "days", String.valueOf(f.days.size()));
      nl(x, 2);
      element(x, "timeslot_duration", "00:05");
      nl(x, 2);
      element(x, "time_zone_name", f.zone);
      nl(x, 1);
      x.writeEndElement();
      for (FrabEvents.Day d : f.days) {
        nl(x, 1);
        day(x, f, d);
      }
      nl(x, 0);
      x.writeEndElement();
      nl(x, 0);
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the frab schedule", e);
    }
    w.flush();
  }

  private static void day(XMLStreamWriter x, FrabEvents f, FrabEvents.Day d) throws XMLStreamException {
    x.writeStartElement("day");
    x.writeAttribute("index", String.valueOf(d.index()));
    x.writeAttribute("date", d.date());
    x.writeAttribute("start", d.start());
    x.writeAttribute("end", d.end());
    nl(x, 2);
    x.writeStartElement("room");
    x.writeAttribute("name", f.room);
    for (FrabEvents.Event e : d.events()) {
      nl(x, 3);
      x.writeStartElement("event");
      x.writeAttribute("id", String.valueOf(e.id()));
      x.writeAttribute("guid", e.guid());
      String[][] fields = {{"room", f.room}, {"title", e.title()}, {"type", e.type()}, {"date", e.date()},
          {"start", e.start()}, {"duration", e.duration()}, {"abstract", e.abstractText()},
          {"slug", e.slug()}, {"track", e.track()}, {"language", e.language()}};
      for (String[] field : fields) {
        nl(x, 4);
        element(x, field[0], field[1]);
      }
      nl(x, 4);
      x.writeStartElement("persons");
      nl(x, 5);
      x.writeStartElement("person");
      x.writeAttribute("id", String.valueOf(e.id()));
      x.writeCharacters(e.person());
      x.writeEndElement();
      nl(x, 4);
      x.writeEndElement();
      nl(x, 3);
      x.writeEndElement();
    }
    nl(x, 2);
    x.writeEndElement();
    nl(x, 1);
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }
}
