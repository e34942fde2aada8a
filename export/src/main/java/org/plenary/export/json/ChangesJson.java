package org.plenary.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release.Placement;
import org.plenary.export.internal.Json;

/**
 * The changes between two releases as JSON, and back: write, read and write again give the same
 * bytes. Each change names the speaker, its kinds, where they stood and stand (meeting from 1,
 * segment, standing, place, start with its zone, allotted time, decisions), and the rule and reason
 * behind it. Malformed input, or kinds that do not match the places given, get a
 * {@link PlanImportException} naming the JSON pointer of the bad value.
 *
 * <pre>{@code
 * ChangesJson.write(Changes.between(first, second), out);
 * Changes back = ChangesJson.read(in);
 * }</pre>
 */
public final class ChangesJson {

  /** The value of the file's {@code format} field. */
  public static final String FORMAT = "plenary-changes";

  private ChangesJson() {}

  /** Writes {@code changes} as UTF-8 JSON. */
  public static void write(Changes changes, OutputStream out) throws IOException {
    Json.write(out, g -> {
      PlanToJson w = new PlanToJson(g);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", PlanJson.VERSION);
      g.writeNumberField("from", changes.from());
      g.writeStringField("fromPublished", changes.fromPublished().toString());
      g.writeNumberField("to", changes.to());
      g.writeStringField("toPublished", changes.toPublished().toString());
      g.writeArrayFieldStart("changes");
      for (Change c : changes.changes()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        w.text("speaker", c.speaker());
        g.writeArrayFieldStart("kinds");
        for (Change.Kind k : c.kinds()) {
          g.writeString(k.name().toLowerCase(Locale.ROOT));
        }
        g.writeEndArray();
        placement("before", c.before(), w, g);
        placement("after", c.after(), w, g);
        if (c.decision().isPresent()) {
          g.writeStringField("ruleId", c.decision().get().ruleId());
          w.text("reason", c.decision().get().message());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void placement(String field, Optional<Placement> at, PlanToJson w, JsonGenerator g)
      throws IOException {
    if (at.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    Placement p = at.get();
    g.writeObjectFieldStart(field);
    g.writeNumberField("meeting", p.meeting() + 1);
    g.writeStringField("segment", p.segment());
    g.writeStringField("standing", p.standing().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("place", p.place());
    if (p.start().isPresent()) {
      g.writeStringField("start", p.start().get().toString());
      g.writeStringField("allotted", p.allotted().orElseThrow().toString());
    }
    g.writeNumberField("order", p.order());
    w.decisions(p.decisions());
    g.writeEndObject();
  }

  /**
   * Reads changes written by {@link #write}.
   *
   * @throws PlanImportException if the input is not such a file, naming where it goes wrong
   * @throws IOException if the input cannot be read
   */
  public static Changes read(InputStream in) throws IOException {
    JsonNode root = JsonToPlan.file(Json.read(in, PlanImportException::new), FORMAT);
    JsonToPlan reader = new JsonToPlan();
    List<Change> changes = JsonToPlan.each(JsonToPlan.array(root, "", "changes"), "/changes", (n, at) -> {
      JsonToPlan.object(n, at);
      Change c = JsonToPlan.build(at, () -> new Change(JsonToPlan.string(n, at, "id"),
          reader.text(n, at, "speaker"), placement(n, at, "before", reader),
          placement(n, at, "after", reader)));
      Set<String> kinds = new TreeSet<>();
      JsonToPlan.array(n, at, "kinds").forEach(k -> kinds.add(k.asText()));
      Set<String> derived = new TreeSet<>(c.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
      if (!kinds.equals(derived)) {
        throw JsonToPlan.error(at + "/kinds", "is " + kinds + ", but the places before and after make "
            + derived);
      }
      return c;
    });
    return JsonToPlan.build("", () -> Changes.of(number(root, "from"), instant(root, "fromPublished"),
        number(root, "to"), instant(root, "toPublished"), changes));
  }

  private static Optional<Placement> placement(JsonNode parent, String at, String field, JsonToPlan reader) {
    Optional<JsonNode> node = JsonToPlan.optional(parent, field);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    JsonNode n = JsonToPlan.object(node.get(), at + "/" + field);
    String pat = at + "/" + field;
    Optional<ZonedDateTime> start = JsonToPlan.optional(n, "start")
        .map(s -> JsonToPlan.parse(pat + "/start", s, ZonedDateTime::parse));
    Optional<Duration> allotted = JsonToPlan.optional(n, "allotted")
        .map(s -> JsonToPlan.parse(pat + "/allotted", s, Duration::parse));
    return Optional.of(JsonToPlan.build(pat, () -> new Placement(number(n, pat, "meeting") - 1,
        JsonToPlan.string(n, pat, "segment"), JsonToPlan.choice(n, pat, "standing", Placement.Standing.class),
        number(n, pat, "place"), start, allotted, reader.decisions(n, pat), number(n, pat, "order"))));
  }

  private static int number(JsonNode root, String field) {
    return number(root, "", field);
  }

  private static int number(JsonNode parent, String at, String field) {
    JsonNode n = JsonToPlan.required(parent, at, field);
    if (!n.isInt()) {
      throw JsonToPlan.error(at + "/" + field, "is " + n + ", not a whole number");
    }
    return n.asInt();
  }

  private static Instant instant(JsonNode root, String field) {
    return JsonToPlan.parse("/" + field, JsonToPlan.required(root, "", field), Instant::parse);
  }
}
