package org.plenary.examples.room;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Slot;
import org.plenary.core.sitting.Moment;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;

/**
 * The room's state and events as JSON, as {@code GET /state} and {@code GET /events} send them, in
 * the shape {@code state.schema.json} describes: instants in UTC to the millisecond, durations in
 * milliseconds, texts in the reader's language. Stateless.
 */
final class StateJson {

  private static final JsonFactory JSON = new JsonFactory();

  /** How many of the next speakers the display shows. */
  static final int NEXT = 3;

  private StateJson() {}

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Event {@code n} of the log, in short: its number, kind, instant, subject and duration. */
  static String event(int n, SittingEvent e) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("n", n);
      g.writeStringField("kind", e.decision().map(d -> d.kind().name()).orElse(e.kind().name())
          .toLowerCase(Locale.ROOT).replace('_', '-'));
      g.writeStringField("at", instant(e.at()));
      if (e.subject().isPresent()) {
        g.writeStringField("subject", e.subject().get());
      } else if (e.intervention().isPresent()) {
        g.writeStringField("subject", e.intervention().get().id());
      }
      if (e.duration().isPresent()) {
        g.writeNumberField("durationMillis", e.duration().get().toMillis());
      }
      g.writeEndObject();
    });
  }

  /** The state of {@code sitting} now, in the language of {@code t}. */
  static String state(Sitting sitting, Plenary plenary, Texts t, long version, double speed) {
    Moment m = sitting.now();
    Locale l = t.language();
    Instant at = m.at().toInstant();
    Optional<Slot> current = m.current();
    Optional<Slot> here = current.or(m::next);
    Instant opens;
    if (current.isPresent()) {
      Instant due = at.plus(m.timeLeft().orElseThrow());
      opens = due.isAfter(at) ? due : at;
    } else {
      opens = m.done().isEmpty() && plenary.startInstant().isAfter(at) ? plenary.startInstant() : at;
    }
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("version", version);
      g.writeStringField("at", instant(at));
      g.writeNumberField("speed", speed);
      g.writeStringField("lang", t.tag());
      g.writeStringField("dir", t.dir());
      g.writeStringField("zone", plenary.venue().zone().getId());
      text(g, "title", plenary.title().in(l));
      g.writeBooleanField("paused", m.pausedSince().isPresent());
      nullable(g, "pausedSince", m.pausedSince().map(p -> instant(p.toInstant())));
      g.writeFieldName("segment");
      Optional<Segment> segment = here.flatMap(s -> plenary.segment(s.segment()));
      if (segment.isPresent()) {
        g.writeStartObject();
        g.writeStringField("id", segment.get().id());
        text(g, "title", segment.get().title().in(l));
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeFieldName("current");
      if (current.isPresent()) {
        g.writeStartObject();
        speaker(g, current.get(), l);
        g.writeStringField("began", instant(m.currentBegan().orElseThrow().toInstant()));
        g.writeNumberField("timeLeftMillis", m.timeLeft().orElseThrow().toMillis());
        nullable(g, "due", m.pausedSince().isPresent() ? Optional.empty()
            : Optional.of(instant(at.plus(m.timeLeft().orElseThrow()))));
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("next");
      List<Slot> remaining = m.remaining();
      for (Slot s : remaining.subList(0, Math.min(NEXT, remaining.size()))) {
        g.writeStartObject();
        speaker(g, s, l);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("remaining", remaining.size());
      g.writeNumberField("done", m.done().size());
      g.writeStringField("floorOpens", instant(opens));
      g.writeStringField("scheduledEnd", instant(m.hardEnd().toInstant()));
      g.writeStringField("projectedEnd", instant(m.projectedEnd().toInstant()));
      g.writeNumberField("lateMillis", Duration.between(m.hardEnd(), m.projectedEnd()).toMillis());
      g.writeEndObject();
    });
  }

  private static void speaker(JsonGenerator g, Slot s, Locale l) throws IOException {
    Intervention i = s.intervention();
    g.writeStringField("id", s.id());
    text(g, "delegation", i.speaker().delegation().name().in(l));
    nullable(g, "name", i.speaker().name());
    nullable(g, "function", i.speaker().function().map(f -> f.in(l)));
    nullable(g, "onBehalfOf", i.onBehalfOf().map(d -> d.name().in(l)));
    nullable(g, "title", i.title().map(x -> x.in(l)));
    g.writeStringField("segment", s.segment());
    g.writeNumberField("allottedMillis", s.allotted().toMillis());
  }

  private static void nullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      text(g, field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  /**
   * {@code s} as a page can show it: line breaks and tabs as spaces, other control characters, unpaired
   * surrogates and non-characters as U+FFFD, as the library's other exports write them.
   */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(' ');
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\ufffe' || c == '\uffff') {
        out.append('\ufffd');
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\ufffd');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    g.writeStringField(field, clean(value));
  }

  /** An instant in UTC, to the millisecond, as JavaScript's {@code Date.parse} reads it. */
  static String instant(Instant i) {
    return i.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
