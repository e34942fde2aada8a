package org.plenary.export.yaml;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Series;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.text.LocalizedText;

/**
 * Turns the nodes of a plenary file into the model, with the builders a program would use; every
 * refusal names the node it comes from. One reader reads one file.
 */
final class PlenaryReader {

  /** The fields a plenary, or a meeting, may give. */
  private static final Set<String> PLENARY = Set.of("title", "subtitle", "code", "session", "date", "start",
      "budget", "venue", "workingLanguages", "chairs", "registration", "listSegment", "acknowledgements", "themes",
      "segments");
  /** The fields only the file as a whole gives. */
  private static final Set<String> FILE = Set.of("version", "constituencies", "delegations", "meetings");

  private final Map<String, Constituency> constituencies = new HashMap<>();
  private final Map<String, Delegation> delegations = new LinkedHashMap<>();

  /** The meetings of the file: one, or those its {@code meetings} list. */
  List<Plenary> meetings(Node root) {
    map(root, "a plenary file", union(PLENARY, FILE));
    optional(root, "version").ifPresent(v -> {
      if (!v.kind.equals(Node.Kind.VALUE) || !v.text.equals("1")) {
        throw v.error("this library reads version 1 of the format");
      }
    });
    for (Constituency c : Constituency.standardValues()) {
      constituencies.put(c.id(), c);
    }
    optional(root, "constituencies").ifPresent(list -> each(list, n -> {
      map(n, "a constituency", Set.of("id", "label", "plural"));
      Node id = required(n, "id");
      if (constituencies.containsKey(id.text)) {
        throw id.error("is listed twice, or is a standard constituency");
      }
      Constituency c = build(n, () -> optional(n, "plural").isPresent()
          ? Constituency.of(string(id), text(required(n, "label")), text(required(n, "plural")))
          : Constituency.of(string(id), text(required(n, "label"))));
      constituencies.put(c.id(), c);
      return c;
    }));
    optional(root, "delegations").ifPresent(list -> each(list, n -> {
      map(n, "a delegation", Set.of("id", "name", "constituency"));
      Node id = required(n, "id");
      if (delegations.containsKey(string(id))) {
        throw id.error("is listed twice under delegations");
      }
      Node c = required(n, "constituency");
      Constituency constituency = constituencies.get(string(c));
      if (constituency == null) {
        throw c.error("is not a constituency; they are " + String.join(", ", constituencies.keySet().stream()
            .sorted().toList()) + ", and those listed under constituencies");
      }
      Delegation d = build(n, () -> Delegation.of(id.text, text(required(n, "name")), constituency));
      delegations.put(d.id(), d);
      return d;
    }));
    Optional<Node> meetings = optional(root, "meetings");
    if (meetings.isEmpty()) {
      return List.of(plenary(root));
    }
    List<Node> items = list(meetings.get());
    if (items.isEmpty()) {
      throw meetings.get().error("lists no meeting");
    }
    List<Plenary> out = new ArrayList<>();
    for (Node m : items) {
      map(m, "a meeting", PLENARY);
      Map<String, Node> merged = new LinkedHashMap<>();
      root.fields.forEach((k, v) -> {
        if (PLENARY.contains(k)) {
          merged.put(k, v);
        }
      });
      merged.putAll(m.fields);
      out.add(plenary(m.withFields(merged)));
    }
    return out;
  }

  /** The meetings as a series, refused at {@code meetings} if they overlap or differ in their list segments. */
  Series series(Node root, List<Plenary> meetings) {
    Node at = optional(root, "meetings").orElse(root);
    return build(at, () -> Series.of(meetings));
  }

  private Plenary plenary(Node n) {
    Map<String, Theme> themes = new LinkedHashMap<>();
    optional(n, "themes").ifPresent(list -> each(list, t -> {
      map(t, "a theme", Set.of("id", "title"));
      Node id = required(t, "id");
      if (themes.containsKey(string(id))) {
        throw id.error("is listed twice under themes");
      }
      Theme theme = build(t, () -> Theme.of(id.text, text(required(t, "title"))));
      themes.put(theme.id(), theme);
      return theme;
    }));
    Node venue = required(n, "venue");
    map(venue, "a venue", Set.of("name", "zone"));
    Plenary.Builder b = Plenary.builder()
        .title(text(required(n, "title")))
        .session(text(required(n, "session")))
        .date(parse(required(n, "date"), LocalDate::parse, "a date such as 2019-12-05"))
        .start(parse(required(n, "start"), LocalTime::parse, "a time of day such as 10:00"))
        .venue(Venue.of(text(required(venue, "name")),
            parse(required(venue, "zone"), ZoneId::of, "a time zone such as Europe/Amsterdam")))
        .budget(duration(required(n, "budget")))
        .themes(themes.values());
    optional(n, "code").ifPresent(c -> b.code(string(c)));
    optional(n, "subtitle").ifPresent(s -> b.subtitle(text(s)));
    optional(n, "workingLanguages").ifPresent(l -> b.workingLanguages(each(l, this::language)));
    optional(n, "chairs").ifPresent(l -> b.chairs(each(l, this::speaker)));
    optional(n, "registration").ifPresent(r -> {
      map(r, "a registration", Set.of("address", "deadline"));
      b.registration(build(r, () -> Registration.of(string(required(r, "address")),
          parse(required(r, "deadline"), LocalDate::parse, "a date such as 2019-12-03"))));
    });
    optional(n, "acknowledgements").ifPresent(l -> b.acknowledgements(each(l, this::text)));
    optional(n, "listSegment").ifPresent(s -> b.listSegment(string(s)));
    Node segments = required(n, "segments");
    b.segments(each(segments, s -> segment(s, themes)));
    return build(n, b::build);
  }

  private Segment segment(Node n, Map<String, Theme> themes) {
    map(n, "a segment", Set.of("id", "title", "objective", "allotment", "takesRequests", "gapBefore",
        "interventions"));
    Segment.Builder b = Segment.builder().id(string(required(n, "id"))).title(text(required(n, "title")));
    optional(n, "objective").ifPresent(o -> b.objective(text(o)));
    optional(n, "allotment").ifPresent(a -> b.allotment(duration(a)));
    optional(n, "takesRequests").ifPresent(t -> b.takesRequests(bool(t)));
    optional(n, "gapBefore").ifPresent(g -> b.gapBefore(duration(g)));
    optional(n, "interventions").ifPresent(l -> b.interventions(each(l, i -> intervention(i, themes))));
    return build(n, b::build);
  }

  private Intervention intervention(Node n, Map<String, Theme> themes) {
    map(n, "an intervention", Set.of("id", "speaker", "onBehalfOf", "duration", "language", "theme", "title",
        "fixed"));
    Intervention.Builder b = Intervention.builder().id(string(required(n, "id")))
        .speaker(speaker(required(n, "speaker"))).duration(duration(required(n, "duration")));
    optional(n, "onBehalfOf").ifPresent(d -> b.onBehalfOf(delegation(d)));
    optional(n, "language").ifPresent(l -> b.language(language(l)));
    optional(n, "theme").ifPresent(t -> {
      Theme theme = themes.get(string(t));
      if (theme == null) {
        throw t.error("is not a theme of the plenary; they are " + (themes.isEmpty() ? "none"
            : String.join(", ", themes.keySet())));
      }
      b.theme(theme);
    });
    optional(n, "title").ifPresent(t -> b.title(text(t)));
    optional(n, "fixed").ifPresent(f -> b.fixed(bool(f)));
    return build(n, b::build);
  }

  /** A delegation's id, or a map with the delegation and the person's name, function and rank. */
  private Speaker speaker(Node n) {
    if (n.kind == Node.Kind.VALUE) {
      return Speaker.of(delegation(n));
    }
    map(n, "a speaker", Set.of("delegation", "name", "function", "rank"));
    Speaker.Builder b = Speaker.builder().delegation(delegation(required(n, "delegation")));
    optional(n, "name").ifPresent(x -> b.name(string(x)));
    optional(n, "function").ifPresent(x -> b.function(text(x)));
    optional(n, "rank").ifPresent(x -> b.rank(rank(x)));
    return build(n, b::build);
  }

  private Delegation delegation(Node n) {
    Delegation d = delegations.get(string(n));
    if (d == null) {
      throw n.error("is not a delegation of the file; those under delegations are "
          + (delegations.isEmpty() ? "none" : String.join(", ", delegations.keySet())));
    }
    return d;
  }

  private static ProtocolRank rank(Node n) {
    String v = string(n);
    for (ProtocolRank r : ProtocolRank.values()) {
      if (name(r).equals(v)) {
        return r;
      }
    }
    throw n.error("is not a protocol rank; they are "
        + String.join(", ", java.util.Arrays.stream(ProtocolRank.values()).map(PlenaryReader::name).toList()));
  }

  /** How a file names a rank: {@code head-of-government}. */
  static String name(ProtocolRank r) {
    return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private Locale language(Node n) {
    String v = string(n);
    try {
      return new Locale.Builder().setLanguageTag(v).build();
    } catch (IllformedLocaleException e) {
      throw n.error("not a BCP 47 language tag such as en, fr or zh-Hant");
    }
  }

  /** A text: one wording for every language, or a map of language tags to wordings. */
  private LocalizedText text(Node n) {
    if (n.kind == Node.Kind.VALUE) {
      return build(n, () -> {
        if (n.text.isBlank()) {
          throw new IllegalArgumentException("must not be blank");
        }
        return LocalizedText.of(n.text);
      });
    }
    if (n.kind != Node.Kind.MAP || n.fields.isEmpty()) {
      throw n.error("is " + kind(n) + ", not a text or a map of languages to texts (en: ..., fr: ...)");
    }
    Map<String, String> byLanguage = new TreeMap<>();
    n.fields.forEach((tag, wording) -> {
      String w = string(wording);
      build(wording, () -> {
        if (w.isBlank()) {
          throw new IllegalArgumentException("must not be blank");
        }
        return LocalizedText.of(Map.of(tag, w));
      });
      byLanguage.put(tag, w);
    });
    return build(n, () -> LocalizedText.of(byLanguage));
  }

  private static Duration duration(Node n) {
    return parse(n, Duration::parse, "an ISO-8601 duration such as PT3M or PT2H");
  }

  private static boolean bool(Node n) {
    String v = string(n);
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    throw n.error("is not true or false");
  }

  private static <T> T parse(Node n, Function<String, T> parse, String expected) {
    String v = string(n);
    try {
      return parse.apply(v);
    } catch (DateTimeException e) {
      throw n.error("not " + expected);
    }
  }

  /** The single value of {@code n}. */
  private static String string(Node n) {
    if (n.kind != Node.Kind.VALUE) {
      throw n.error("is " + kind(n) + ", not a single value");
    }
    return n.text;
  }

  private static String kind(Node n) {
    return switch (n.kind) {
      case MAP -> "a map";
      case LIST -> "a list";
      case NULL -> "empty";
      case VALUE -> "a single value";
    };
  }

  /** Requires {@code n} to be a map of no other fields than {@code known}. */
  private static void map(Node n, String what, Set<String> known) {
    if (n.kind != Node.Kind.MAP) {
      throw n.error("is " + kind(n) + ", not " + what);
    }
    for (String key : n.fields.keySet()) {
      if (!known.contains(key)) {
        throw n.keyError(key, "not a field of " + what + "; its fields are "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  private static List<Node> list(Node n) {
    if (n.kind != Node.Kind.LIST) {
      throw n.error("is " + kind(n) + ", not a list");
    }
    return n.items;
  }

  private static <T> List<T> each(Node n, Function<Node, T> read) {
    List<T> out = new ArrayList<>();
    for (Node item : list(n)) {
      out.add(read.apply(item));
    }
    return out;
  }

  private static Optional<Node> optional(Node map, String name) {
    Node n = map.fields.get(name);
    return n == null || n.kind == Node.Kind.NULL ? Optional.empty() : Optional.of(n);
  }

  private static Node required(Node map, String name) {
    Node n = map.fields.get(name);
    if (n == null) {
      throw new PlenaryFileException(map.file, map.line, map.column, map.child(name), null, "is missing");
    }
    if (n.kind == Node.Kind.NULL) {
      throw n.error("is empty");
    }
    return n;
  }

  /** What {@code make} builds, or the model's refusal at {@code at}. */
  private static <T> T build(Node at, Supplier<T> make) {
    try {
      return make.get();
    } catch (PlenaryFileException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw at.error(e.getMessage() == null ? "is incomplete" : firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
