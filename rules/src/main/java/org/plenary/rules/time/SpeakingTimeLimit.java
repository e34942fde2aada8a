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
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.text.Durations;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Lists;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Reasons;

/**
 * The longest a single intervention may last, by segment and by constituency: "three minutes at most
 * on the floor". Where several limits apply, the shortest holds.
 *
 * <p>In the {@link Step#ALLOT allot} step it cuts each allotment to its limit; its check reports every
 * intervention allotted more than its limit, with the amount. Configuration keys:
 * {@code segment.<id>}, {@code constituency.<id>}, {@code default} (ISO-8601 durations),
 * {@code because.en}, {@code because.fr}. Immutable and thread-safe.
 *
 * <pre>{@code
 * SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3))
 *     .because(LocalizedText.of("concept note, Format", "note de présentation, Format"))
 * }</pre>
 */
public final class SpeakingTimeLimit implements Rule {

  /** The rule id. */
  public static final String ID = "time-limit.speaking";

  private final ImmutableMap<String, Duration> bySegment;
  private final ImmutableMap<Constituency, Duration> byConstituency;
  private final Optional<Duration> fallback;
  private final LocalizedText reason;

  private SpeakingTimeLimit(Map<String, Duration> bySegment, Map<Constituency, Duration> byConstituency,
      Optional<Duration> fallback, LocalizedText reason) {
    this.bySegment = ImmutableMap.copyOf(bySegment);
    this.byConstituency = ImmutableMap.copyOf(byConstituency);
    this.fallback = fallback;
    this.reason = reason;
    this.bySegment.forEach((s, d) -> positive("limit of segment '" + s + "'", d));
    this.byConstituency.forEach((c, d) -> positive("limit of constituency '" + c.id() + "'", d));
    fallback.ifPresent(d -> positive("default limit", d));
  }

  /** No limit yet; add some with {@link #andInSegment} and {@link #andFor}. */
  public static SpeakingTimeLimit none() {
    return new SpeakingTimeLimit(Map.of(), Map.of(), Optional.empty(),
        Messages.RULES.text("time-limit.speaking.reason"));
  }

  /** A limit of {@code limit} on every intervention in segment {@code segmentId}. */
  public static SpeakingTimeLimit inSegment(String segmentId, Duration limit) {
    return none().andInSegment(segmentId, limit);
  }

  /** This rule with a limit of {@code limit} in segment {@code segmentId} too. */
  public SpeakingTimeLimit andInSegment(String segmentId, Duration limit) {
    Map<String, Duration> copy = new LinkedHashMap<>(bySegment);
    copy.put(requireNonNull(segmentId, "segmentId"), requireNonNull(limit, "limit"));
    return new SpeakingTimeLimit(copy, byConstituency, fallback, reason);
  }

  /** This rule with a limit of {@code limit} on every intervention made in {@code constituency}. */
  public SpeakingTimeLimit andFor(Constituency constituency, Duration limit) {
    Map<Constituency, Duration> copy = new LinkedHashMap<>(byConstituency);
    copy.put(requireNonNull(constituency, "constituency"), requireNonNull(limit, "limit"));
    return new SpeakingTimeLimit(bySegment, copy, fallback, reason);
  }

  /** This rule with a limit on every intervention that no other limit covers. */
  public SpeakingTimeLimit andByDefault(Duration limit) {
    return new SpeakingTimeLimit(bySegment, byConstituency, Optional.of(requireNonNull(limit, "limit")),
        reason);
  }

  /** This rule with {@code reason} as its stated reason. */
  public SpeakingTimeLimit because(LocalizedText reason) {
    return new SpeakingTimeLimit(bySegment, byConstituency, fallback, requireNonNull(reason, "reason"));
  }

  /** The limit on an intervention in {@code segmentId} made in {@code constituency}, if any. */
  public Optional<Duration> limit(String segmentId, Constituency constituency) {
    return Optional.ofNullable(limitOrNull(segmentId, constituency));
  }

  /** The stricter of the segment's and the constituency's limits, else the default, else null. */
  private Duration limitOrNull(String segmentId, Constituency constituency) {
    Duration s = bySegment.get(segmentId);
    Duration c = byConstituency.get(constituency);
    if (s == null && c == null) {
      return fallback.orElse(null);
    }
    if (s == null || c == null) {
      return s == null ? c : s;
    }
    return s.compareTo(c) <= 0 ? s : c;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    Map<String, Duration> limits = new LinkedHashMap<>(bySegment);
    byConstituency.forEach((c, d) -> limits.put(c.id(), d));
    fallback.ifPresent(d -> limits.put("*", d));
    return Messages.RULES.text("time-limit.speaking.description", Lists.of(limits));
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.ALLOT);
  }

  @Override
  public void shape(Draft draft) {
    for (String segment : draft.plenary().segmentIds()) {
      for (Candidate c : draft.candidates(segment)) {
        Duration limit = limitOrNull(segment, c.constituency());
        if (limit != null && over(c, limit)) {
          draft.allot(c, limit);
        }
      }
    }
  }

  /** Whether {@code c}'s allotment exceeds {@code limit}, read in milliseconds unless they are equal. */
  private static boolean over(Candidate c, Duration limit) {
    long millis = c.allottedMillis();
    long limitMillis = limit.toMillis();
    return millis != limitMillis ? millis > limitMillis : c.allotted().compareTo(limit) > 0;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> findings = new ArrayList<>();
    int checked = 0;
    int shortened = 0;
    for (Slot slot : plan.slots()) {
      Optional<Duration> limit = limit(slot.segment(), slot.intervention().constituency());
      if (limit.isEmpty()) {
        continue;
      }
      checked++;
      Duration over = slot.allotted().minus(limit.get());
      if (over.isNegative() || over.isZero()) {
        if (slot.intervention().duration().compareTo(limit.get()) > 0) {
          shortened++;
        }
        continue;
      }
      findings.add(finding(Severity.ERROR, slot.id(), Messages.RULES.text("time-limit.speaking.over",
              slot.intervention().speaker().delegation().name(), Durations.format(slot.allotted()),
              Durations.format(over), Durations.format(limit.get()), slot.segment()))
          .suggestion(Messages.RULES.text("time-limit.speaking.over.fix",
              Durations.format(limit.get())))
          .build());
    }
    if (checked == 0) {
      findings.add(finding(Severity.INFO, "plan",
          Messages.RULES.text("time-limit.speaking.nothing")).build());
    } else if (findings.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan",
          Messages.RULES.text("time-limit.speaking.ok", checked, shortened)).build());
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " (" + description().english() + ")";
  }

  private static void positive(String what, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " (" + d + ") must be positive");
    }
  }

  /** Makes the rule from {@code segment.<id>}, {@code constituency.<id>} and {@code default}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      SpeakingTimeLimit rule = none();
      for (Map.Entry<String, Duration> e : config.durations("segment").entrySet()) {
        rule = rule.andInSegment(e.getKey(), e.getValue());
      }
      for (Map.Entry<Constituency, Duration> e : config.durationsByConstituency("constituency").entrySet()) {
        rule = rule.andFor(e.getKey(), e.getValue());
      }
      Optional<Duration> fallback = config.duration("default");
      if (fallback.isPresent()) {
        rule = rule.andByDefault(fallback.get());
      }
      return rule.because(Reasons.read(config, rule.reason()));
    }
  }
}
