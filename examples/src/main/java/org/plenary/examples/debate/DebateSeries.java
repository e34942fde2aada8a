package org.plenary.examples.debate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Series;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Release;

/**
 * A general debate over several meetings, read from {@code general-debate.properties} beside this
 * class: the meetings, their fixed items, an illustrative list of speakers, and two releases of it,
 * the second after some withdrawals and late requests. A value that cannot be read is refused with
 * the key and the value. Immutable and thread-safe once loaded.
 */
public final class DebateSeries {

  private final Properties config;
  private final Series series;
  private final RuleSet rules;
  private final List<RequestToSpeak> requests;

  private DebateSeries(Properties config) {
    this.config = config;
    this.series = meetings();
    this.rules = RuleSet.load(load(value("rules")), value("rules"), Constituency.standardValues());
    this.requests = onTime();
  }

  /** The debate as its configuration file says. */
  public static DebateSeries load() {
    return new DebateSeries(load("general-debate.properties"));
  }

  /** The debate configured by {@code config}, with its rules from the file it names beside this class. */
  public static DebateSeries of(Properties config) {
    Properties copy = new Properties();
    copy.putAll(requireNonNull(config, "config"));
    return new DebateSeries(copy);
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = DebateSeries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("the file '" + resource + "' is not beside " + DebateSeries.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The meetings. */
  public Series series() {
    return series;
  }

  /** The rules every meeting is planned under. */
  public RuleSet rules() {
    return rules;
  }

  /** The requests of the first release, in the order they were received. */
  public List<RequestToSpeak> requests() {
    return requests;
  }

  /** The first release: every request, planned over the meetings. */
  public Release first() {
    return Release.of(1, instant("release.1"), Planner.of(rules).plan(series, requests));
  }

  /** The second release: without the withdrawn requests, with the late ones. */
  public Release second() {
    Set<String> withdrawn = new LinkedHashSet<>(list("release.2.withdrawn"));
    List<RequestToSpeak> list = new ArrayList<>();
    for (RequestToSpeak r : requests) {
      if (!withdrawn.remove(r.id())) {
        list.add(r);
      }
    }
    if (!withdrawn.isEmpty()) {
      throw bad("release.2.withdrawn", value("release.2.withdrawn"), "names requests that are not on the list: "
          + withdrawn);
    }
    list.addAll(late());
    SeriesPlan plan = Planner.of(rules).plan(series, list);
    return Release.of(2, instant("release.2"), plan);
  }

  /** What changed from the first release to the second. */
  public Changes changes() {
    return Changes.between(first(), second());
  }

  private Series meetings() {
    ZoneId zone = parse("zone", ZoneId::of);
    Venue venue = Venue.of(text("venue"), zone);
    Speaker president = Speaker.of(Delegation.of("president", text("president"), Constituency.CHAIR));
    List<Plenary> meetings = new ArrayList<>();
    for (String m : list("meetings")) {
      String[] parts = m.split("\\s+");
      if (parts.length != 3) {
        throw bad("meetings", m, "is not a date, a start and a length, such as 2019-12-02 10:00 PT3H");
      }
      LocalDate date = parse("meetings", parts[0], LocalDate::parse);
      meetings.add(Plenary.builder().title(text("title")).session(text("session"))
          .code("general-debate").date(date).start(parse("meetings", parts[1], LocalTime::parse))
          .budget(parse("meetings", parts[2], Duration::parse)).venue(venue).addChairs(president)
          .registration(Registration.of(value("registration.address"), parse("registration.deadline", LocalDate::parse)))
          .addSegments(fixed("opening", text("opening.title"), president),
              Segment.builder().id("debate").title(text("title")).takesRequests(true).build(),
              fixed("closing", text("closing.title"), president))
          .build());
    }
    return Series.of(meetings);
  }

  private Segment fixed(String id, LocalizedText title, Speaker president) {
    return Segment.builder().id(id).title(title).addInterventions(Intervention.builder().id(id).speaker(president)
        .duration(parse(id, Duration::parse)).fixed(true).build()).build();
  }

  /**
   * The illustrative requests, seeded: four in five from States Parties with mixed ranks, then
   * observer States, organisations and civil society, received over the weeks before the deadline.
   */
  private List<RequestToSpeak> onTime() {
    int count = parse("requests", Integer::parseInt);
    Random random = new Random(parse("requests.seed", Long::parseLong));
    ZoneId zone = series.meeting(0).venue().zone();
    Instant opens = parse("requests.opens", LocalDate::parse).atStartOfDay(zone).toInstant();
    Instant closes = parse("registration.deadline", LocalDate::parse).atStartOfDay(zone).toInstant();
    int span = (int) Duration.between(opens, closes).getSeconds();
    List<RequestToSpeak> out = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      out.add(request(i, count, random, opens.plusSeconds(random.nextInt(Math.max(1, span))), delegationName(i)));
    }
    out.sort(java.util.Comparator.comparing(RequestToSpeak::received));
    return List.copyOf(out);
  }

  /** The late requests of the second release, received after the deadline and before it was published. */
  private List<RequestToSpeak> late() {
    int count = parse("release.2.late", Integer::parseInt);
    Random random = new Random(parse("requests.seed", Long::parseLong) + 1);
    Instant from = instant("release.1");
    int span = (int) Duration.between(from, instant("release.2")).getSeconds();
    int first = requests.size() + 1;
    List<RequestToSpeak> out = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      out.add(request(i, first + count, random, from.plusSeconds(random.nextInt(Math.max(1, span))),
          delegationName(i)));
    }
    return out;
  }

  /** "Delegation 7" in each language the file gives, from {@code delegation.<lang> = Delegation {0}}. */
  private LocalizedText delegationName(int i) {
    java.util.Map<String, String> byLanguage = new java.util.TreeMap<>();
    text("delegation").byLanguage().forEach((tag, pattern) -> byLanguage.put(tag, pattern.replace("{0}",
        Integer.toString(i))));
    return LocalizedText.of(byLanguage);
  }

  private static RequestToSpeak request(int i, int of, Random random, Instant received, LocalizedText name) {
    double share = (double) i / of;
    Constituency c = share <= 0.8 ? Constituency.STATE_PARTY : share <= 0.9 ? Constituency.OBSERVER_STATE
        : share <= 0.95 ? Constituency.INTERNATIONAL_ORGANISATION : Constituency.CIVIL_SOCIETY;
    ProtocolRank rank = c == Constituency.STATE_PARTY
        ? ProtocolRank.values()[random.nextInt(ProtocolRank.values().length)] : ProtocolRank.OTHER;
    Delegation d = Delegation.of("D" + i, name, c);
    return RequestToSpeak.builder().id("gd-" + i).speaker(Speaker.builder().delegation(d).rank(rank).build())
        .received(received).duration(Duration.ofMinutes(5 + random.nextInt(4))).segment("debate").build();
  }

  private String value(String key) {
    String v = config.getProperty(key);
    if (v == null || v.isBlank()) {
      throw bad(key, String.valueOf(v), "is missing");
    }
    return v.strip();
  }

  private List<String> list(String key) {
    return Arrays.stream(value(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The text {@code key} in every language the file gives it, as {@code key.en}, {@code key.fr},
   * {@code key.ar}, {@code key.zh-Hant}...; English is required, as the fallback.
   */
  private LocalizedText text(String key) {
    java.util.Map<String, String> byLanguage = new java.util.TreeMap<>();
    byLanguage.put("en", value(key + ".en"));
    for (String name : config.stringPropertyNames()) {
      if (name.startsWith(key + ".")) {
        String tag = name.substring(key.length() + 1);
        if (isLanguageTag(tag)) {
          byLanguage.put(tag, value(name));
        }
      }
    }
    return LocalizedText.of(byLanguage);
  }

  /** Whether {@code tag} is a BCP 47 language tag as {@link Locale#toLanguageTag()} writes it. */
  private static boolean isLanguageTag(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equals(tag);
  }

  private Instant instant(String key) {
    return parse(key, Instant::parse);
  }

  private <T> T parse(String key, Function<String, T> parser) {
    return parse(key, value(key), parser);
  }

  private static <T> T parse(String key, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw bad(key, value, "cannot be read: " + e.getMessage());
    }
  }

  private static IllegalArgumentException bad(String key, String value, String problem) {
    return new IllegalArgumentException("general-debate.properties: " + key + " = '" + value + "' " + problem);
  }

  @Override
  public String toString() {
    return "DebateSeries: " + series + ", " + requests.size() + " requests, rules "
        + rules.rules().stream().map(Rule::id).toList();
  }
}
