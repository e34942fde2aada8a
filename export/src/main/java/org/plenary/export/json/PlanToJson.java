package org.plenary.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;

/**
 * Writes a plan, and the plenary under it, as a stream of JSON tokens; {@link JsonToPlan} reads it
 * back. Nothing is built in memory but the table of constituencies, which the file lists first so
 * that a reader can resolve custom ones: a first pass over the delegations gathers it.
 */
final class PlanToJson {

  private final JsonGenerator g;
  private final Map<String, Constituency> constituencies = new LinkedHashMap<>();

  PlanToJson(JsonGenerator g) {
    this.g = g;
  }

  /** Writes {@code plan} as one JSON object. */
  static void write(Plan plan, JsonGenerator g) throws IOException {
    PlanToJson w = new PlanToJson(g);
    w.gather(plan);
    g.writeStartObject();
    g.writeStringField("format", PlanJson.FORMAT);
    g.writeNumberField("version", PlanJson.VERSION);
    w.constituencies();
    g.writeFieldName("plenary");
    w.plenary(plan.plenary());
    g.writeObjectFieldStart("plan");
    if (plan.plannedAt().isPresent()) {
      g.writeStringField("plannedAt", plan.plannedAt().get().toString());
    }
    w.slots(plan);
    w.waitingList(plan);
    w.findings(plan);
    w.rules(plan);
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Gathers the constituencies of every delegation in {@code plan}, in the order they are written. */
  private void gather(Plan plan) {
    Plenary pl = plan.plenary();
    pl.chairs().forEach(this::gather);
    for (Segment s : pl.segments()) {
      s.interventions().forEach(this::gather);
    }
    for (Slot s : plan.slots()) {
      gather(s.intervention());
      s.request().ifPresent(this::gather);
    }
    for (WaitingEntry w : plan.waitingList()) {
      gather(w.intervention());
      w.request().ifPresent(this::gather);
    }
  }

  void gather(Intervention i) {
    gather(i.speaker());
    i.onBehalfOf().ifPresent(this::gather);
  }

  private void gather(RequestToSpeak r) {
    gather(r.speaker());
    r.onBehalfOf().ifPresent(this::gather);
  }

  private void gather(Speaker s) {
    gather(s.delegation());
  }

  private void gather(Delegation d) {
    constituencies.putIfAbsent(d.constituency().id(), d.constituency());
  }

  /** Writes the field {@code constituencies}: those gathered so far, with their labels. */
  void constituencies() throws IOException {
    objects("constituencies", constituencies.values(), c -> {
      g.writeStringField("id", c.id());
      text("label", c.label());
      if (!c.plural().equals(c.label())) {
        text("plural", c.plural());
      }
    });
  }

  private void slots(Plan plan) throws IOException {
    objects("slots", plan.slots(), s -> {
      g.writeStringField("segment", s.segment());
      g.writeFieldName("intervention");
      intervention(s.intervention());
      g.writeStringField("allotted", s.allotted().toString());
      request(s.request());
      decisions(s.decisions());
    });
  }

  private void waitingList(Plan plan) throws IOException {
    objects("waitingList", plan.waitingList(), w -> {
      g.writeStringField("segment", w.segment());
      g.writeFieldName("intervention");
      intervention(w.intervention());
      request(w.request());
      decisions(w.decisions());
      g.writeStringField("status", status(w));
    });
  }

  void decisions(java.util.List<Decision> decisions) throws IOException {
    objects("decisions", decisions, d -> {
      g.writeStringField("kind", d.kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("ruleId", d.ruleId());
      text("message", d.message());
    });
  }

  private void findings(Plan plan) throws IOException {
    objects("findings", plan.findings(), f -> {
      g.writeStringField("ruleId", f.ruleId());
      if (!f.related().isEmpty()) {
        g.writeArrayFieldStart("related");
        for (String id : f.related()) {
          g.writeString(id);
        }
        g.writeEndArray();
      }
      g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
      g.writeStringField("subject", f.subject());
      text("message", f.message());
      text("reason", f.reason());
      text("suggestion", f.suggestion());
    });
  }

  private void rules(Plan plan) throws IOException {
    objects("rules", plan.rules(), r -> {
      g.writeStringField("id", r.id());
      text("name", r.name());
      text("description", r.description());
      text("reason", r.reason());
    });
  }

  /**
   * Writes the field {@code field}: an array of one object per item, whose fields {@code fields}
   * writes.
   */
  private <T> void objects(String field, Iterable<T> items, Fields<T> fields) throws IOException {
    g.writeArrayFieldStart(field);
    for (T item : items) {
      g.writeStartObject();
      fields.write(item);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes the fields of one item's object. */
  @FunctionalInterface
  private interface Fields<T> {
    void write(T item) throws IOException;
  }

  private void plenary(Plenary pl) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", pl.code());
    text("title", pl.title());
    text("subtitle", pl.subtitle());
    text("session", pl.session());
    g.writeStringField("date", pl.date().toString());
    g.writeStringField("start", pl.start().toString());
    text("venue", pl.venue().name());
    g.writeStringField("zone", pl.venue().zone().getId());
    g.writeStringField("budget", pl.budget().toString());
    g.writeArrayFieldStart("workingLanguages");
    for (Locale l : pl.workingLanguages()) {
      g.writeString(l.toLanguageTag());
    }
    g.writeEndArray();
    speakers("chairs", pl.chairs());
    objects("themes", pl.themes(), t -> {
      g.writeStringField("id", t.id());
      text("title", t.title());
    });
    objects("segments", pl.segments(), this::segment);
    if (pl.listSegment().isPresent()) {
      g.writeStringField("listSegment", pl.listSegment().get());
    }
    if (pl.registration().isPresent()) {
      g.writeObjectFieldStart("registration");
      g.writeStringField("address", pl.registration().get().address());
      g.writeStringField("deadline", pl.registration().get().deadline().toString());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("acknowledgements");
    for (LocalizedText a : pl.acknowledgements()) {
      text(a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void segment(Segment s) throws IOException {
    g.writeStringField("id", s.id());
    text("title", s.title());
    text("objective", s.objective());
    if (s.allotment().isPresent()) {
      g.writeStringField("allotment", s.allotment().get().toString());
    }
    g.writeBooleanField("takesRequests", s.takesRequests());
    g.writeStringField("gapBefore", s.gapBefore().toString());
    g.writeArrayFieldStart("interventions");
    for (Intervention i : s.interventions()) {
      intervention(i);
    }
    g.writeEndArray();
  }

  private void speakers(String field, Collection<Speaker> speakers) throws IOException {
    g.writeArrayFieldStart(field);
    for (Speaker s : speakers) {
      speaker(s);
    }
    g.writeEndArray();
  }

  /** Writes {@code i} as an object value. */
  void intervention(Intervention i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeFieldName("speaker");
    speaker(i.speaker());
    onBehalfOf(i.onBehalfOf());
    g.writeStringField("duration", i.duration().toString());
    if (i.language().isPresent()) {
      g.writeStringField("language", i.language().get().toLanguageTag());
    }
    if (i.theme().isPresent()) {
      g.writeStringField("theme", i.theme().get().id());
    }
    text("title", i.title());
    g.writeBooleanField("fixed", i.fixed());
    g.writeEndObject();
  }

  private void request(Optional<RequestToSpeak> request) throws IOException {
    if (request.isEmpty()) {
      return;
    }
    RequestToSpeak r = request.get();
    g.writeObjectFieldStart("request");
    g.writeStringField("id", r.id());
    g.writeFieldName("speaker");
    speaker(r.speaker());
    onBehalfOf(r.onBehalfOf());
    g.writeStringField("received", r.received().toString());
    g.writeStringField("channel", r.channel().name().toLowerCase(Locale.ROOT));
    g.writeStringField("duration", r.duration().toString());
    g.writeStringField("segment", r.segment());
    if (r.theme().isPresent()) {
      g.writeStringField("theme", r.theme().get().id());
    }
    if (r.language().isPresent()) {
      g.writeStringField("language", r.language().get().toLanguageTag());
    }
    g.writeEndObject();
  }

  private void speaker(Speaker s) throws IOException {
    g.writeStartObject();
    if (s.name().isPresent()) {
      g.writeStringField("name", s.name().get());
    }
    text("function", s.function());
    g.writeStringField("rank", s.rank().name().toLowerCase(Locale.ROOT));
    g.writeFieldName("delegation");
    delegation(s.delegation());
    g.writeEndObject();
  }

  private void onBehalfOf(Optional<Delegation> d) throws IOException {
    if (d.isPresent()) {
      g.writeFieldName("onBehalfOf");
      delegation(d.get());
    }
  }

  private void delegation(Delegation d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    text("name", d.name());
    g.writeStringField("constituency", d.constituency().id());
    g.writeEndObject();
  }

  /** Writes the field {@code field} with the text {@code t}, if there is one. */
  void text(String field, Optional<LocalizedText> t) throws IOException {
    if (t.isPresent()) {
      text(field, t.get());
    }
  }

  /** Writes the field {@code field} with the text {@code t}: an object from language tag to wording. */
  void text(String field, LocalizedText t) throws IOException {
    g.writeFieldName(field);
    text(t);
  }

  private void text(LocalizedText t) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> e : t.byLanguage().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /** A waiting entry's status as the file writes it: {@code waiting}, {@code refused} or {@code carried_over}. */
  static String status(WaitingEntry w) {
    return switch (w.status()) {
      case REFUSED -> "refused";
      case CARRIED_OVER -> "carried_over";
      default -> "waiting";
    };
  }
}
