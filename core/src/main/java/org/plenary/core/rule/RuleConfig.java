package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.internal.scope.Fitting;

/**
 * The configuration of one rule: the keys after {@code "<rule id>."} in a configuration file, read
 * through typed getters whose errors name the file, the full key and the value.
 *
 * <p>Durations are ISO-8601 ({@code PT3M}, {@code PT2H}); choices are lower-case words joined by
 * hyphens ({@code wait-list}); lists are comma-separated. Each key read is marked as used, so that
 * {@link RuleSet#load} can refuse keys that no rule reads. Not thread-safe: a rule reads it once,
 * while it is made.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleConfig {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String source;
  private final String ruleId;
  private final SortedMap<String, String> values;
  private final Map<String, Constituency> constituencies;
  private final Set<String> used = new TreeSet<>();

  private RuleConfig(String source, String ruleId, SortedMap<String, String> values,
      Collection<Constituency> constituencies) {
    this.source = source;
    this.ruleId = ruleId;
    this.values = values;
    this.constituencies = new LinkedHashMap<>();
    for (Constituency c : constituencies) {
      this.constituencies.put(c.id(), c);
    }
  }

  /**
   * A configuration of {@code ruleId} from {@code values} (keys without the rule id), read from
   * {@code source}; constituencies named in it must be among {@code constituencies}.
   */
  public static RuleConfig of(String source, String ruleId, Map<String, String> values,
      Collection<Constituency> constituencies) {
    requireNonNull(source, "source");
    requireNonNull(ruleId, "ruleId");
    return new RuleConfig(source, ruleId, new TreeMap<>(requireNonNull(values, "values")),
        requireNonNull(constituencies, "constituencies"));
  }

  /** An empty configuration of {@code ruleId}, which gives the rule's defaults. */
  static RuleConfig empty(String ruleId) {
    return of("defaults", ruleId, Map.of(), Constituency.standardValues());
  }

  /** The text at {@code key}, if set. */
  public Optional<String> text(String key) {
    requireNonNull(key, "key");
    used.add(key);
    return Optional.ofNullable(values.get(key)).map(String::trim);
  }

  /** The duration at {@code key}, if set; it must be positive. */
  public Optional<Duration> duration(String key) {
    return text(key).map(v -> parseDuration(key, v));
  }

  /** The whole number at {@code key}, if set; it must be 1 or more. */
  public Optional<Integer> count(String key) {
    return text(key).map(v -> {
      try {
        int n = Integer.parseInt(v);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(key, v, "is not a whole number from 1");
    });
  }

  /** The yes/no value at {@code key} ({@code true} or {@code false}), or {@code fallback}. */
  public boolean flag(String key, boolean fallback) {
    return text(key).map(v -> switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(key, v, "is neither 'true' nor 'false'");
    }).orElse(fallback);
  }

  /**
   * The choice at {@code key} among {@code type}'s constants, written in lower case with hyphens
   * ({@code WAIT_LIST} is {@code wait-list}), or {@code fallback}.
   */
  public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    return text(key).map(v -> {
      for (E constant : type.getEnumConstants()) {
        if (word(constant).equals(v)) {
          return constant;
        }
      }
      throw error(key, v, "is not one of " + Arrays.stream(type.getEnumConstants())
          .map(RuleConfig::word).collect(Collectors.joining(", ")));
    }).orElse(fallback);
  }

  /**
   * How a capacity is fitted, as {@code fit} ({@code wait-list}, {@code shorten-then-wait-list} or
   * {@code shorten}), {@code minimum} and {@code step} say; {@code fallback}'s where a key is not set.
   */
  public Declarations.Fit fit(Declarations.Fit fallback) {
    Fitting f = Fitting.of(requireNonNull(fallback, "fallback"));
    Fitting.Policy policy = choice("fit", Fitting.Policy.class, f.policy());
    Duration minimum = duration("minimum").orElse(f.minimum());
    Duration step = duration("step").orElse(f.step());
    return Declarations.Fit.of(policy, minimum).inSteps(step);
  }

  /**
   * The comma-separated ids at {@code key}, such as delegations' codes ({@code ARM, UKR}), in order;
   * empty if unset. Each must be an id (letters, digits, '.', '_' or '-') and none may come twice.
   */
  public List<String> ids(String key) {
    return text(key).map(v -> list(key, v)).orElse(List.of());
  }

  /**
   * The segments whose comma-separated ids are at {@code key}, as a selector; every segment that
   * takes requests if unset. The ids are read as {@link #ids} reads them.
   */
  public Selector segments(String key) {
    return text(key).map(v -> Selector.segments(list(key, v))).orElse(Selector.listSegments());
  }

  /**
   * The constituencies whose comma-separated ids are at {@code key}, in order; empty if unset. Each
   * must be one this configuration knows, and none may come twice.
   */
  public List<Constituency> constituencies(String key) {
    return text(key).map(v -> {
      List<Constituency> list = new ArrayList<>();
      for (String id : list(key, v)) {
        list.add(constituency(key, id));
      }
      return List.copyOf(list);
    }).orElse(List.of());
  }

  /** The ids of {@code value}, the text at {@code key}: none blank, none malformed, none twice. */
  private List<String> list(String key, String value) {
    List<String> ids = new ArrayList<>();
    for (String raw : value.split(",", -1)) {
      String id = raw.trim();
      if (id.isEmpty()) {
        throw error(key, value, "holds an empty id between its commas");
      }
      if (!ID.matcher(id).matches()) {
        throw error(key, value, "holds '" + id + "', which is not an id: 1 to 64 letters, digits, '.', '_' or '-'");
      }
      if (ids.contains(id)) {
        throw error(key, value, "names '" + id + "' twice");
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  /** The durations under {@code prefix.}, by the rest of their key: {@code segment.floor=PT3M}. */
  public SortedMap<String, Duration> durations(String prefix) {
    SortedMap<String, Duration> out = new TreeMap<>();
    subKeys(prefix).forEach(rest -> out.put(rest, duration(prefix + "." + rest).orElseThrow()));
    return out;
  }

  /** The keys under {@code prefix.}, without the prefix, in order. */
  public SortedMap<String, String> texts(String prefix) {
    SortedMap<String, String> out = new TreeMap<>();
    subKeys(prefix).forEach(rest -> out.put(rest, text(prefix + "." + rest).orElseThrow()));
    return out;
  }

  /** The constituency with {@code id}, one of those this configuration knows. */
  public Constituency constituency(String key, String id) {
    Constituency c = constituencies.get(id);
    if (c == null) {
      throw error(key, id, "is not a known constituency; known: "
          + String.join(", ", constituencies.keySet()));
    }
    return c;
  }

  /**
   * An error about the value at {@code key}, naming the file, the full key and the value:
   * {@code facilitation.properties: time-limit.speaking.segment.floor = '3 minutes' is not an ISO-8601
   * duration such as PT3M or PT2H}.
   */
  public IllegalArgumentException error(String key, String value, String problem) {
    return invalid(source, ruleId + "." + key, value, problem);
  }

  /** An error about {@code key = value} in {@code source}, with what is wrong in {@code problem}. */
  static IllegalArgumentException invalid(String source, String key, String value, String problem) {
    return new IllegalArgumentException(source + ": " + key + " = '" + value + "' " + problem);
  }

  /** Every key set, without the rule id, in order. */
  public Set<String> keys() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(values.keySet()));
  }

  /** The keys that were set but never read, without the rule id. */
  Set<String> unused() {
    Set<String> unused = new TreeSet<>(values.keySet());
    unused.removeAll(used);
    return unused;
  }

  private List<String> subKeys(String prefix) {
    List<String> rest = new ArrayList<>();
    for (String key : values.keySet()) {
      if (key.startsWith(prefix + ".")) {
        rest.add(key.substring(prefix.length() + 1));
      }
    }
    return rest;
  }

  private Duration parseDuration(String key, String value) {
    Duration d;
    try {
      d = Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw error(key, value, "is not an ISO-8601 duration such as PT3M or PT2H");
    }
    if (d.isNegative() || d.isZero()) {
      throw error(key, value, "must be a positive duration");
    }
    if (d.compareTo(Duration.ofHours(24)) > 0) {
      throw error(key, value, "is longer than 24 hours");
    }
    return d;
  }

  private static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return "RuleConfig[" + ruleId + " from " + source + ": " + values + "]";
  }
}
