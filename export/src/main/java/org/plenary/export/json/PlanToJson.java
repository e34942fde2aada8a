package org.plenary.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.agenda.Theme;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.RuleSummary;
import org.plenary.core.text.LocalizedText;

/** Maps a plan, and the plenary under it, to a JSON tree; {@link JsonToPlan} reads it back. */
final class PlanToJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Map<String, Constituency> constituencies = new LinkedHashMap<>();

  static ObjectNode tree(Plan plan) {
    return new PlanToJson().plan(plan);
  }

  private ObjectNode plan(Plan plan) {
    ObjectNode root = F.objectNode();
    root.put("format", PlanJson.FORMAT);
    root.put("version", PlanJson.VERSION);
    ObjectNode plenary = plenary(plan.plenary());
    ObjectNode p = F.objectNode();
    plan.plannedAt().ifPresent(at -> p.put("plannedAt", at.toString()));
    ArrayNode slots = p.putArray("slots");
    for (Slot s : plan.slots()) {
      ObjectNode n = slots.addObject();
      n.put("segment", s.segment());
      n.set("intervention", intervention(s.intervention()));
      n.put("allotted", s.allotted().toString());
      n.put("late", s.late());
      s.request().ifPresent(r -> n.set("request", request(r)));
    }
    ArrayNode waiting = p.putArray("waitingList");
    for (WaitingEntry w : plan.waitingList()) {
      ObjectNode n = waiting.addObject();
      n.put("segment", w.segment());
      n.set("intervention", intervention(w.intervention()));
      w.request().ifPresent(r -> n.set("request", request(r)));
      n.put("ruleId", w.ruleId());
      n.set("reason", text(w.reason()));
      n.put("status", w.status().name().toLowerCase(Locale.ROOT));
    }
    ArrayNode findings = p.putArray("findings");
    for (Finding f : plan.findings()) {
      ObjectNode n = findings.addObject();
      n.put("ruleId", f.ruleId());
      n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      n.put("subject", f.subject());
      n.set("message", text(f.message()));
      n.set("reason", text(f.reason()));
      f.suggestion().ifPresent(s -> n.set("suggestion", text(s)));
    }
    ArrayNode rules = p.putArray("rules");
    for (RuleSummary r : plan.rules()) {
      ObjectNode n = rules.addObject();
      n.put("id", r.id());
      n.set("description", text(r.description()));
      n.set("reason", text(r.reason()));
    }
    root.set("constituencies", constituencies());
    root.set("plenary", plenary);
    root.set("plan", p);
    return root;
  }

  /** The constituencies met so far, with their labels, so that a reader can resolve custom ones. */
  ArrayNode constituencies() {
    ArrayNode known = F.arrayNode();
    for (Constituency c : constituencies.values()) {
      ObjectNode n = known.addObject();
      n.put("id", c.id());
      n.set("label", text(c.label()));
    }
    return known;
  }

  private ObjectNode plenary(Plenary pl) {
    ObjectNode n = F.objectNode();
    n.put("code", pl.code());
    n.set("title", text(pl.title()));
    pl.subtitle().ifPresent(s -> n.set("subtitle", text(s)));
    n.set("session", text(pl.session()));
    n.put("date", pl.date().toString());
    n.put("start", pl.start().toString());
    n.set("venue", text(pl.venue().name()));
    n.put("zone", pl.venue().zone().getId());
    n.put("budget", pl.budget().toString());
    ArrayNode languages = n.putArray("workingLanguages");
    pl.workingLanguages().forEach(l -> languages.add(l.toLanguageTag()));
    n.set("chairs", speakers(pl.chairs()));
    ArrayNode themes = n.putArray("themes");
    for (Theme t : pl.themes()) {
      ObjectNode th = themes.addObject();
      th.put("id", t.id());
      th.set("title", text(t.title()));
    }
    ArrayNode segments = n.putArray("segments");
    for (Segment s : pl.segments()) {
      ObjectNode sn = segments.addObject();
      sn.put("id", s.id());
      sn.set("title", text(s.title()));
      s.objective().ifPresent(o -> sn.set("objective", text(o)));
      s.allotment().ifPresent(a -> sn.put("allotment", a.toString()));
      sn.put("takesRequests", s.takesRequests());
      sn.put("gapBefore", s.gapBefore().toString());
      ArrayNode interventions = sn.putArray("interventions");
      s.interventions().forEach(i -> interventions.add(intervention(i)));
    }
    pl.registration().ifPresent(r -> {
      ObjectNode rn = n.putObject("registration");
      rn.put("address", r.address());
      rn.put("deadline", r.deadline().toString());
    });
    ArrayNode thanks = n.putArray("acknowledgements");
    pl.acknowledgements().forEach(a -> thanks.add(text(a)));
    return n;
  }

  private ArrayNode speakers(Collection<Speaker> speakers) {
    ArrayNode a = F.arrayNode();
    speakers.forEach(s -> a.add(speaker(s)));
    return a;
  }

  ObjectNode intervention(Intervention i) {
    ObjectNode n = F.objectNode();
    n.put("id", i.id());
    n.set("speaker", speaker(i.speaker()));
    i.onBehalfOf().ifPresent(d -> n.set("onBehalfOf", delegation(d)));
    n.put("duration", i.duration().toString());
    i.language().ifPresent(l -> n.put("language", l.toLanguageTag()));
    i.theme().ifPresent(t -> n.put("theme", t.id()));
    i.title().ifPresent(t -> n.set("title", text(t)));
    n.put("fixed", i.fixed());
    return n;
  }

  private ObjectNode request(RequestToSpeak r) {
    ObjectNode n = F.objectNode();
    n.put("id", r.id());
    n.set("speaker", speaker(r.speaker()));
    r.onBehalfOf().ifPresent(d -> n.set("onBehalfOf", delegation(d)));
    n.put("received", r.received().toString());
    n.put("channel", r.channel().name().toLowerCase(Locale.ROOT));
    n.put("duration", r.duration().toString());
    n.put("segment", r.segment());
    r.theme().ifPresent(t -> n.put("theme", t.id()));
    r.language().ifPresent(l -> n.put("language", l.toLanguageTag()));
    return n;
  }

  private ObjectNode speaker(Speaker s) {
    ObjectNode n = F.objectNode();
    s.name().ifPresent(name -> n.put("name", name));
    s.function().ifPresent(f -> n.set("function", text(f)));
    n.put("rank", s.rank().name().toLowerCase(Locale.ROOT));
    n.set("delegation", delegation(s.delegation()));
    return n;
  }

  private ObjectNode delegation(Delegation d) {
    constituencies.putIfAbsent(d.constituency().id(), d.constituency());
    ObjectNode n = F.objectNode();
    n.put("id", d.id());
    n.set("name", text(d.name()));
    n.put("constituency", d.constituency().id());
    return n;
  }

  static JsonNode text(LocalizedText t) {
    ObjectNode n = F.objectNode();
    t.byLanguage().forEach(n::put);
    return n;
  }

}
