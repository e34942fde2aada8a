package org.plenary.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.core.text.LocalizedText;

/**
 * Reads the tree {@link PlanToJson} writes back into a plan. Every error names the JSON pointer of
 * the bad value; the model's own checks (positive durations, unique ids) apply as in code.
 */
final class JsonToPlan {

  /** The statuses a waiting entry may have in the file, as {@link PlanToJson#status} writes them. */
  private static final List<String> STATUSES = List.of("waiting", "refused", "carried_over");

  private final Map<String, Constituency> constituencies = new HashMap<>();
  private final Map<String, Theme> themes = new HashMap<>();

  static Plan read(JsonNode root) {
    return new JsonToPlan().plan(root);
  }

  private Plan plan(JsonNode root) {
    object(root, "");
    String format = string(root, "", "format");
    if (!format.equals(PlanJson.FORMAT)) {
      throw error("/format", "is '" + format + "', not '" + PlanJson.FORMAT + "'");
    }
    JsonNode version = required(root, "", "version");
    if (!version.isInt() || version.asInt() < 1) {
      throw error("/version", "is " + version + ", not a version number");
    }
    if (version.asInt() < PlanJson.VERSION) {
      throw error("/version", "is " + version.asInt() + ": the file comes from an earlier version of "
          + "Plenary, whose plans did not record their decisions; plan the plenary again");
    }
    if (version.asInt() > PlanJson.VERSION) {
      throw error("/version", "is " + version.asInt() + ": the file comes from a newer version of "
          + "Plenary, which this one (reading version " + PlanJson.VERSION + ") cannot read safely");
    }
    readConstituencies(root);
    Plenary plenary = plenary(object(required(root, "", "plenary"), "/plenary"), "/plenary");
    JsonNode p = object(required(root, "", "plan"), "/plan");
    Plan.Builder plan = Plan.builder().plenary(plenary);
    optional(p, "plannedAt").ifPresent(n -> plan.plannedAt(parse("/plan/plannedAt", n, Instant::parse)));
    plan.addAllSlots(each(array(p, "/plan", "slots"), "/plan/slots", (n, at) -> Slot.of(
        string(n, at, "segment"), intervention(required(n, at, "intervention"), at + "/intervention"),
        duration(n, at, "allotted"), optionalRequest(n, at), decisions(n, at))));
    plan.addAllWaitingList(each(array(p, "/plan", "waitingList"), "/plan/waitingList", (n, at) -> {
      WaitingEntry w = build(at, () -> WaitingEntry.builder().segment(string(n, at, "segment"))
          .intervention(intervention(required(n, at, "intervention"), at + "/intervention"))
          .request(optionalRequest(n, at)).decisions(decisions(n, at)).build());
      String status = string(n, at, "status");
      if (!STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
        throw error(at + "/status", "'" + status + "' is not one of " + STATUSES);
      }
      if (!status.toLowerCase(Locale.ROOT).equals(PlanToJson.status(w))) {
        throw error(at + "/status", "is '" + status + "', but the decision that keeps it out says '"
            + PlanToJson.status(w) + "'");
      }
      return w;
    }));
    plan.addAllFindings(each(array(p, "/plan", "findings"), "/plan/findings", (n, at) ->
        build(at, () -> {
          Finding.Builder f = Finding.builder().ruleId(string(n, at, "ruleId"))
              .related(optional(n, "related").map(r -> each(r, at + "/related", (x, xat) -> x.asText()))
                  .orElse(List.of()))
              .severity(choice(n, at, "severity", Severity.class)).subject(string(n, at, "subject"))
              .message(text(n, at, "message")).reason(text(n, at, "reason"));
          if (n.has("suggestion")) {
            f.suggestion(text(n, at, "suggestion"));
          }
          return f.build();
        })));
    plan.addAllRules(each(array(p, "/plan", "rules"), "/plan/rules", (n, at) -> RuleSummary.of(
        string(n, at, "id"), text(n, at, "name"), text(n, at, "description"), text(n, at, "reason"))));
    return build("/plan", plan::build);
  }

  /** Reads the {@code constituencies} list of {@code root}, so that delegations can name them. */
  void readConstituencies(JsonNode root) {
    each(array(root, "", "constituencies"), "/constituencies", (n, at) -> {
      String id = string(n, at, "id");
      Constituency c = build(at, () -> Constituency.standardValues().stream().filter(s -> s.id().equals(id)).findFirst()
          .orElseGet(() -> n.has("plural") ? Constituency.of(id, text(n, at, "label"), text(n, at, "plural"))
              : Constituency.of(id, text(n, at, "label"))));
      constituencies.put(id, c);
      return c;
    });
  }

  private Plenary plenary(JsonNode n, String at) {
    each(array(n, at, "themes"), at + "/themes", (t, tat) -> {
      Theme theme = build(tat, () -> Theme.of(string(t, tat, "id"), text(t, tat, "title")));
      themes.put(theme.id(), theme);
      return theme;
    });
    Plenary.Builder b = Plenary.builder()
        .code(string(n, at, "code"))
        .title(text(n, at, "title"))
        .session(text(n, at, "session"))
        .date(parse(at + "/date", required(n, at, "date"), LocalDate::parse))
        .start(parse(at + "/start", required(n, at, "start"), LocalTime::parse))
        .venue(Venue.of(text(n, at, "venue"), parse(at + "/zone", required(n, at, "zone"), ZoneId::of)))
        .budget(duration(n, at, "budget"))
        .workingLanguages(each(array(n, at, "workingLanguages"), at + "/workingLanguages",
            (l, lat) -> Locale.forLanguageTag(l.asText())))
        .chairs(each(array(n, at, "chairs"), at + "/chairs", this::speaker));
    b.themes(each(array(n, at, "themes"), at + "/themes", (t, tat) -> themes.get(string(t, tat, "id"))));
    if (n.has("subtitle")) {
      b.subtitle(text(n, at, "subtitle"));
    }
    b.segments(each(array(n, at, "segments"), at + "/segments", (s, sat) -> build(sat, () -> {
      Segment.Builder sb = Segment.builder().id(string(s, sat, "id")).title(text(s, sat, "title"))
          .takesRequests(bool(s, sat, "takesRequests")).gapBefore(duration(s, sat, "gapBefore"))
          .interventions(each(array(s, sat, "interventions"), sat + "/interventions", this::intervention));
      if (s.has("objective")) {
        sb.objective(text(s, sat, "objective"));
      }
      if (s.has("allotment")) {
        sb.allotment(duration(s, sat, "allotment"));
      }
      return sb.build();
    })));
    if (n.has("listSegment")) {
      b.listSegment(string(n, at, "listSegment"));
    }
    optional(n, "registration").ifPresent(r -> b.registration(build(at + "/registration",
        () -> Registration.of(string(r, at + "/registration", "address"),
            parse(at + "/registration/deadline", required(r, at + "/registration", "deadline"),
                LocalDate::parse)))));
    b.acknowledgements(each(array(n, at, "acknowledgements"), at + "/acknowledgements",
        (a, aat) -> localized(a, aat)));
    return build(at, b::build);
  }

  Intervention intervention(JsonNode n, String at) {
    object(n, at);
    return build(at, () -> {
      Intervention.Builder b = Intervention.builder().id(string(n, at, "id"))
          .speaker(speaker(required(n, at, "speaker"), at + "/speaker"))
          .duration(duration(n, at, "duration")).fixed(bool(n, at, "fixed"));
      optional(n, "onBehalfOf").ifPresent(d -> b.onBehalfOf(delegation(d, at + "/onBehalfOf")));
      optional(n, "language").ifPresent(l -> b.language(Locale.forLanguageTag(l.asText())));
      optional(n, "theme").ifPresent(t -> b.theme(theme(t, at + "/theme")));
      if (n.has("title")) {
        b.title(text(n, at, "title"));
      }
      return b.build();
    });
  }

  List<Decision> decisions(JsonNode parent, String at) {
    return each(array(parent, at, "decisions"), at + "/decisions", (d, dat) -> build(dat, () ->
        Decision.of(choice(d, dat, "kind", Decision.Kind.class), string(d, dat, "ruleId"),
            text(d, dat, "message"))));
  }

  private Optional<RequestToSpeak> optionalRequest(JsonNode parent, String at) {
    return optional(parent, "request").map(r -> request(r, at + "/request"));
  }

  private RequestToSpeak request(JsonNode n, String at) {
    object(n, at);
    return build(at, () -> {
      RequestToSpeak.Builder b = RequestToSpeak.builder().id(string(n, at, "id"))
          .speaker(speaker(required(n, at, "speaker"), at + "/speaker"))
          .received(parse(at + "/received", required(n, at, "received"), Instant::parse))
          .channel(choice(n, at, "channel", Channel.class))
          .duration(duration(n, at, "duration")).segment(string(n, at, "segment"));
      optional(n, "onBehalfOf").ifPresent(d -> b.onBehalfOf(delegation(d, at + "/onBehalfOf")));
      optional(n, "theme").ifPresent(t -> b.theme(theme(t, at + "/theme")));
      optional(n, "language").ifPresent(l -> b.language(Locale.forLanguageTag(l.asText())));
      return b.build();
    });
  }

  private Speaker speaker(JsonNode n, String at) {
    object(n, at);
    return build(at, () -> {
      Speaker.Builder b = Speaker.builder().rank(choice(n, at, "rank", ProtocolRank.class))
          .delegation(delegation(required(n, at, "delegation"), at + "/delegation"));
      optional(n, "name").ifPresent(x -> b.name(x.asText()));
      if (n.has("function")) {
        b.function(text(n, at, "function"));
      }
      return b.build();
    });
  }

  private Delegation delegation(JsonNode n, String at) {
    object(n, at);
    String id = string(n, at, "constituency");
    Constituency c = constituencies.get(id);
    if (c == null) {
      throw error(at + "/constituency", "'" + id + "' is not listed in /constituencies");
    }
    return build(at, () -> Delegation.of(string(n, at, "id"), text(n, at, "name"), c));
  }

  private Theme theme(JsonNode n, String at) {
    Theme t = themes.get(n.asText());
    if (t == null) {
      throw error(at, "'" + n.asText() + "' is not one of the plenary's themes " + themes.keySet());
    }
    return t;
  }

  LocalizedText text(JsonNode parent, String at, String field) {
    return localized(required(parent, at, field), at + "/" + field);
  }

  private LocalizedText localized(JsonNode n, String at) {
    object(n, at);
    Map<String, String> byLanguage = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!e.getValue().isTextual()) {
        throw error(at + "/" + e.getKey(), "is " + e.getValue().getNodeType() + ", not a text");
      }
      byLanguage.put(e.getKey(), e.getValue().asText());
    }
    return build(at, () -> LocalizedText.of(byLanguage));
  }

  static Duration duration(JsonNode parent, String at, String field) {
    return parse(at + "/" + field, required(parent, at, field), Duration::parse);
  }

  private static boolean bool(JsonNode parent, String at, String field) {
    JsonNode n = required(parent, at, field);
    if (!n.isBoolean()) {
      throw error(at + "/" + field, "is " + n + ", not true or false");
    }
    return n.asBoolean();
  }

  static String string(JsonNode parent, String at, String field) {
    JsonNode n = required(parent, at, field);
    if (!n.isTextual()) {
      throw error(at + "/" + field, "is " + n.getNodeType() + ", not a text");
    }
    return n.asText();
  }

  static <E extends Enum<E>> E choice(JsonNode parent, String at, String field, Class<E> type) {
    String v = string(parent, at, field);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(at + "/" + field, "'" + v + "' is not one of "
          + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  /** {@code root}, checked to be a file of {@code format} in a version this library reads. */
  static JsonNode file(JsonNode root, String format) {
    object(root, "");
    String named = string(root, "", "format");
    if (!named.equals(format)) {
      throw error("/format", "is '" + named + "', not '" + format + "'");
    }
    JsonNode version = required(root, "", "version");
    if (!version.isInt() || version.asInt() > PlanJson.VERSION || version.asInt() < 1) {
      throw error("/version", "is " + version + "; this version of Plenary reads version " + PlanJson.VERSION);
    }
    return root;
  }

  static JsonNode required(JsonNode parent, String at, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      throw error(at + "/" + field, "is missing");
    }
    return n;
  }

  static Optional<JsonNode> optional(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  static JsonNode object(JsonNode n, String at) {
    if (!n.isObject()) {
      throw error(at.isEmpty() ? "/" : at, "is " + n.getNodeType() + ", not an object");
    }
    return n;
  }

  static JsonNode array(JsonNode parent, String at, String field) {
    JsonNode n = required(parent, at, field);
    if (!n.isArray()) {
      throw error(at + "/" + field, "is " + n.getNodeType() + ", not an array");
    }
    return n;
  }

  static <T> List<T> each(JsonNode array, String at, Item<T> item) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(item.read(array.get(i), at + "/" + i));
    }
    return out;
  }

  static <T> T parse(String at, JsonNode n, Function<String, T> parser) {
    if (!n.isTextual()) {
      throw error(at, "is " + n.getNodeType() + ", not a text");
    }
    try {
      return parser.apply(n.asText());
    } catch (DateTimeException e) {
      throw error(at, "'" + n.asText() + "' cannot be read: " + e.getMessage());
    }
  }

  static <T> T build(String at, java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (PlanImportException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new PlanImportException(at.isEmpty() ? "/" : at, e.getMessage(), e);
    }
  }

  static PlanImportException error(String at, String problem) {
    return new PlanImportException(at, problem, null);
  }

  @FunctionalInterface
  interface Item<T> {
    T read(JsonNode node, String at);
  }
}
