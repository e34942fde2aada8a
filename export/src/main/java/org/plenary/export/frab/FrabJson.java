package org.plenary.export.frab;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Json;

/**
 * The frab/pretalx {@code schedule.json}, valid against the c3voc JSON schema (draft-06): the same
 * events as {@link FrabXml}, with persons in the pretalx form ({@code {"name": ...}}) and each event's
 * exact end. Streamed with Jackson's generator.
 */
public final class FrabJson implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public FrabJson() {}

  @Override
  public String format() {
    return "frab-json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Timetable t, ExportOptions options, OutputStream out) throws IOException {
    write(List.of(t), options, out);
  }

  /**
   * Writes the meetings of a series as one schedule: a day per date, whose room holds the events of
   * every meeting held that day, in order.
   *
   * @throws IllegalArgumentException if {@code meetings} is empty
   */
  public static void write(List<Timetable> meetings, ExportOptions options, OutputStream out)
      throws IOException {
    checkArgument(!meetings.isEmpty(), "a frab schedule needs at least one meeting");
    FrabEvents f = new FrabEvents(meetings, options);
    Json.write(out, g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("generator");
      g.writeStringField("name", "plenary");
      g.writeStringField("version", "1");
      g.writeEndObject();
      g.writeObjectFieldStart("schedule");
      g.writeStringField("version", f.version);
      g.writeObjectFieldStart("conference");
      g.writeStringField("acronym", f.acronym);
      g.writeStringField("title", f.title);
      g.writeStringField("start", f.start);
      g.writeStringField("end", f.end);
      g.writeNumberField("daysCount", f.days.size());
      g.writeStringField("timeslot_duration", "00:05");
      g.writeStringField("time_zone_name", f.zone);
      g.writeArrayFieldStart("days");
      for (FrabEvents.Day d : f.days) {
        g.writeStartObject();
        g.writeNumberField("index", d.index());
        g.writeStringField("date", d.date());
        g.writeStringField("day_start", d.start());
        g.writeStringField("day_end", d.end());
        g.writeObjectFieldStart("rooms");
        g.writeArrayFieldStart(f.room);
        for (FrabEvents.Event e : d.events()) {
          event(e, f.room, g);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private static void event(FrabEvents.Event e, String room, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("guid", e.guid());
    g.writeNumberField("id", e.id());
    g.writeStringField("date", e.date());
    g.writeStringField("start", e.start());
    g.writeStringField("end", e.end());
    g.writeStringField("duration", e.duration());
    g.writeStringField("room", room);
    g.writeStringField("slug", e.slug());
    g.writeStringField("url", "urn:uuid:" + e.guid());
    g.writeStringField("title", e.title());
    g.writeStringField("subtitle", "");
    g.writeStringField("track", e.track());
    g.writeStringField("type", e.type());
    g.writeStringField("language", e.language());
    g.writeStringField("abstract", e.abstractText());
    g.writeArrayFieldStart("persons");
    g.writeStartObject();
    g.writeStringField("name", e.person());
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    g.writeEndArray();
    g.writeEndObject();
  }
}
