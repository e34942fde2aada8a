package org.plenary.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.plan.Decision;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.export.internal.Json;

/**
 * The event log of a sitting as JSON, and back: what happened, when, to whom; the record of the
 * sitting, which {@link Sitting#replay} turns back into the sitting itself. Malformed input gets a
 * {@link PlanImportException} naming the line and column or the JSON pointer of the bad value.
 *
 * <pre>{@code
 * SittingLogJson.write(sitting.log(), out);
 * Sitting again = Sitting.replay(plan, SittingLogJson.read(in), clock);
 * }</pre>
 */
public final class SittingLogJson {

  /** The value of the file's {@code format} field. */
  public static final String FORMAT = "plenary-sitting-log";

  /** What a re-plan decides, each written as the kind of its event: {@code shortened}, {@code wait_listed}, .... */
  private static final List<Decision.Kind> REPLANNED = List.of(Decision.Kind.SHORTENED, Decision.Kind.WAIT_LISTED,
      Decision.Kind.KEPT, Decision.Kind.CARRIED_OVER);

  /** The kinds of event the log writes, in the order of {@link SittingEvent.Kind}. */
  private static final List<String> KINDS = Arrays.stream(SittingEvent.Kind.values())
      .flatMap(k -> k == SittingEvent.Kind.REPLANNED ? REPLANNED.stream().map(Decision.Kind::name)
          : java.util.stream.Stream.of(k.name()))
      .map(k -> k.toLowerCase(Locale.ROOT)).toList();

  private SittingLogJson() {}

  /** Writes {@code events} as UTF-8 JSON. */
  public static void write(List<SittingEvent> events, OutputStream out) throws IOException {
    Json.write(out, g -> {
      PlanToJson w = new PlanToJson(g);
      for (SittingEvent e : events) {
        e.intervention().ifPresent(w::gather);
      }
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", PlanJson.VERSION);
      w.constituencies();
      g.writeArrayFieldStart("events");
      for (SittingEvent e : events) {
        event(e, w, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void event(SittingEvent e, PlanToJson w, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", e.decision().map(d -> d.kind().name()).orElse(e.kind().name()).toLowerCase(Locale.ROOT));
    g.writeStringField("at", e.at().toString());
    if (e.subject().isPresent()) {
      g.writeStringField("subject", e.subject().get());
    }
    if (e.intervention().isPresent()) {
      g.writeFieldName("intervention");
      w.intervention(e.intervention().get());
    }
    if (e.segment().isPresent()) {
      g.writeStringField("segment", e.segment().get());
    }
    if (e.duration().isPresent()) {
      g.writeStringField("duration", e.duration().get().toString());
    }
    if (e.decision().isPresent()) {
      g.writeStringField("by", e.decision().get().ruleId());
    }
    w.text("reason", e.decision().map(Decision::message));
    g.writeEndObject();
  }

  /**
   * Reads a log written by {@link #write}.
   *
   * @throws PlanImportException if the input is not such a log, naming where
   */
  public static List<SittingEvent> read(InputStream in) throws IOException {
    JsonNode root = JsonToPlan.file(Json.read(in, PlanImportException::new), FORMAT);
    JsonToPlan reader = new JsonToPlan();
    reader.readConstituencies(root);
    return JsonToPlan.each(JsonToPlan.array(root, "", "events"), "/events", (n, at) -> {
      JsonToPlan.object(n, at);
      String kind = JsonToPlan.string(n, at, "kind");
      SittingEvent.Builder b = SittingEvent.builder()
          .at(JsonToPlan.parse(at + "/at", JsonToPlan.required(n, at, "at"), Instant::parse));
      Optional<Decision.Kind> replanned = REPLANNED.stream()
          .filter(k -> k.name().equalsIgnoreCase(kind)).findFirst();
      if (replanned.isPresent()) {
        b.kind(SittingEvent.Kind.REPLANNED).decision(Decision.of(replanned.get(), JsonToPlan.string(n, at, "by"),
            reader.text(n, at, "reason")));
      } else {
        b.kind(Arrays.stream(SittingEvent.Kind.values()).filter(k -> k != SittingEvent.Kind.REPLANNED
                && k.name().equalsIgnoreCase(kind)).findFirst()
            .orElseThrow(() -> JsonToPlan.error(at + "/kind", "'" + kind + "' is not one of " + KINDS)));
      }
      JsonToPlan.optional(n, "subject").ifPresent(s -> b.subject(JsonToPlan.string(n, at, "subject")));
      JsonToPlan.optional(n, "intervention").ifPresent(i -> b.intervention(reader.intervention(i, at + "/intervention")));
      JsonToPlan.optional(n, "segment").ifPresent(s -> b.segment(JsonToPlan.string(n, at, "segment")));
      JsonToPlan.optional(n, "duration").ifPresent(d -> b.duration(JsonToPlan.duration(n, at, "duration")));
      return JsonToPlan.build(at, b::build);
    });
  }
}
