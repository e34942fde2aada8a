package org.plenary.rules.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * The longest a single intervention may last, by segment and by constituency: "three minutes at most
 * on the floor". Where several limits apply, the shortest holds; a default covers the speeches no
 * other limit covers.
 *
 * <p>Configuration keys: {@code segment.<id>}, {@code constituency.<id>}, {@code default} (ISO-8601
 * durations). Immutable and thread-safe.
 *
 * <pre>{@code
 * SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3))
 *     .because(LocalizedText.of("concept note, Format", "note de présentation, Format"))
 * }</pre>
 */
public final class SpeakingTimeLimit extends Rule {

  /** The rule id. */
  public static final String ID = "time-limit.speaking";

  private final ImmutableMap<String, Duration> bySegment;
  private final ImmutableMap<Constituency, Duration> byConstituency;
  private final Optional<Duration> fallback;

  private SpeakingTimeLimit(Map<String, Duration> bySegment, Map<Constituency, Duration> byConstituency,
      Optional<Duration> fallback) {
    super(ID, Messages.RULES.text("time-limit.speaking.name"), Messages.RULES.text("time-limit.speaking.reason"));
    this.bySegment = ImmutableMap.copyOf(bySegment);
    this.byConstituency = ImmutableMap.copyOf(byConstituency);
    this.fallback = fallback;
    this.bySegment.forEach((s, d) -> positive("limit of segment '" + s + "'", d));
    this.byConstituency.forEach((c, d) -> positive("limit of constituency '" + c.id() + "'", d));
    fallback.ifPresent(d -> positive("default limit", d));
  }

  /** No limit yet; add some with {@link #andInSegment} and {@link #andFor}. */
  public static SpeakingTimeLimit none() {
    return new SpeakingTimeLimit(Map.of(), Map.of(), Optional.empty());
  }

  /** A limit of {@code limit} on every intervention in segment {@code segmentId}. */
  public static SpeakingTimeLimit inSegment(String segmentId, Duration limit) {
    return none().andInSegment(segmentId, limit);
  }

  /** The rule as {@code config} sets it: {@code segment.<id>}, {@code constituency.<id>}, {@code default}. */
  public static SpeakingTimeLimit configured(RuleConfig config) {
    SpeakingTimeLimit rule = none();
    for (Map.Entry<String, Duration> e : config.durations("segment").entrySet()) {
      rule = rule.andInSegment(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Duration> e : config.durations("constituency").entrySet()) {
      rule = rule.andFor(config.constituency("constituency." + e.getKey(), e.getKey()), e.getValue());
    }
    Optional<Duration> fallback = config.duration("default");
    return fallback.isPresent() ? rule.andByDefault(fallback.get()) : rule;
  }

  /** This rule with a limit of {@code limit} in segment {@code segmentId} too. */
  public SpeakingTimeLimit andInSegment(String segmentId, Duration limit) {
    Map<String, Duration> copy = new LinkedHashMap<>(bySegment);
    copy.put(requireNonNull(segmentId, "segmentId"), requireNonNull(limit, "limit"));
    return new SpeakingTimeLimit(copy, byConstituency, fallback);
  }

  /** This rule with a limit of {@code limit} on every intervention made in {@code constituency}. */
  public SpeakingTimeLimit andFor(Constituency constituency, Duration limit) {
    Map<Constituency, Duration> copy = new LinkedHashMap<>(byConstituency);
    copy.put(requireNonNull(constituency, "constituency"), requireNonNull(limit, "limit"));
    return new SpeakingTimeLimit(bySegment, copy, fallback);
  }

  /** This rule with a limit on every intervention that no other limit covers. */
  public SpeakingTimeLimit andByDefault(Duration limit) {
    return new SpeakingTimeLimit(bySegment, byConstituency, Optional.of(requireNonNull(limit, "limit")));
  }

  /** The limit on an intervention in {@code segmentId} made in {@code constituency}, if any. */
  public Optional<Duration> limit(String segmentId, Constituency constituency) {
    Duration s = bySegment.get(segmentId);
    Duration c = byConstituency.get(constituency);
    if (s == null && c == null) {
      return fallback;
    }
    if (s == null || c == null) {
      return Optional.of(s == null ? c : s);
    }
    return Optional.of(s.compareTo(c) <= 0 ? s : c);
  }

  private LocalizedText description() {
    return Messages.RULES.text("time-limit.speaking.description");
  }

  /** The limits, naming the segments as the agenda does. */
  @Override
  public LocalizedText describe(Plenary plenary) {
    List<LocalizedText> parts = new ArrayList<>();
    bySegment.forEach((id, d) -> parts.add(Messages.RULES.text("time-limit.speaking.in",
        Durations.text(d), plenary.segment(id).isPresent() ? Selector.segments(id).describe(plenary)
            : LocalizedText.of(id))));
    byConstituency.forEach((c, d) -> parts.add(Messages.RULES.text("time-limit.speaking.for",
        Durations.text(d), c.plural())));
    fallback.ifPresent(d -> parts.add(Messages.RULES.text("time-limit.speaking.else", Durations.text(d))));
    return parts.isEmpty() ? description()
        : Messages.RULES.text("time-limit.speaking.describe", Languages.list(parts));
  }

  @Override
  public void declare(Declarations declarations) {
    bySegment.forEach((id, d) -> declarations.limit(Selector.segments(id), d));
    byConstituency.forEach((c, d) -> declarations.limit(Selector.constituencies(c), d));
    if (fallback.isPresent()) {
      List<String> others = new ArrayList<>(declarations.plenary().segmentIds());
      others.removeAll(bySegment.keySet());
      if (!others.isEmpty()) {
        Selector rest = Selector.segments(others.toArray(String[]::new));
        if (!byConstituency.isEmpty()) {
          List<LocalizedText> named = new ArrayList<>();
          byConstituency.keySet().forEach(c -> named.add(c.plural()));
          rest = rest.and(Selector.where(Messages.RULES.text("time-limit.speaking.others",
              Languages.list(named)),
              s -> !byConstituency.containsKey(s.constituency())));
        }
        declarations.limit(rest, fallback.get());
      }
    }
  }

  @Override
  public String toString() {
    Map<String, Duration> all = new LinkedHashMap<>(bySegment);
    byConstituency.forEach((c, d) -> all.put(c.id(), d));
    fallback.ifPresent(d -> all.put("*", d));
    return ID + " " + all;
  }

  private static void positive(String what, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " (" + d + ") must be positive");
    }
  }

  /** Makes the rule from {@code segment.<id>}, {@code constituency.<id>} and {@code default}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, SpeakingTimeLimit::configured);
    }
  }
}
