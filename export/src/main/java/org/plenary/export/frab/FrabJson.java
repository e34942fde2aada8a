package org.plenary.export.frab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Json;

/**
 * The frab/pretalx {@code schedule.json}, valid against the c3voc JSON schema (draft-06): the same
 * events as {@link FrabXml}, with persons in the pretalx form ({@code {"name": ...}}) and each event's
 * exact end. Written with Jackson.
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
    FrabEvents f = new FrabEvents(t, options.locale());
    JsonNodeFactory j = JsonNodeFactory.instance;
    ObjectNode root = j.objectNode();
    ObjectNode generator = root.putObject("generator");
    generator.put("name", "plenary");
    generator.put("version", "1");
    ObjectNode schedule = root.putObject("schedule");
    schedule.put("version", f.version);
    ObjectNode conference = schedule.putObject("conference");
    conference.put("acronym", f.acronym);
    conference.put("title", f.title);
    conference.put("start", f.dayStart);
    conference.put("end", f.dayEnd);
    conference.put("daysCount", 1);
    conference.put("timeslot_duration", "00:05");
    conference.put("time_zone_name", f.zone);
    ObjectNode day = conference.putArray("days").addObject();
    day.put("index", 1);
    day.put("date", f.date);
    day.put("day_start", f.dayStart);
    day.put("day_end", f.dayEnd);
    ArrayNode events = day.putObject("rooms").putArray(f.room);
    for (FrabEvents.Event e : f.events) {
      ObjectNode n = events.addObject();
      n.put("guid", e.guid());
      n.put("id", e.id());
      n.put("date", e.date());
      n.put("start", e.start());
      n.put("end", e.end());
      n.put("duration", e.duration());
      n.put("room", f.room);
      n.put("slug", e.slug());
      n.put("url", "urn:uuid:" + e.guid());
      n.put("title", e.title());
      n.put("subtitle", "");
      n.put("track", e.track());
      n.put("type", e.type());
      n.put("language", e.language());
      n.put("abstract", e.abstractText());
      n.putArray("persons").addObject().put("name", e.person());
      n.putArray("links");
    }
    out.write(Json.WRITER.writeValueAsBytes(root));
    out.write('\n');
    out.flush();
  }
}
