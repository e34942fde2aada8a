package org.plenary.rules.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * Each segment keeps to its allotment: the one declared on the {@link Segment}, or one set here,
 * which takes precedence.
 *
 * <p>Requests of a segment that runs over wait, last in order first, or are shortened first, as the
 * {@link Fit} says; the programme is not cut. Configuration keys: {@code segment.<id>} (ISO-8601),
 * {@code fit}, {@code minimum}, {@code step}. Immutable and thread-safe.
 */
public final class SegmentAllotment extends Rule {

  /** The rule id. */
  public static final String ID = "time-limit.segment";

  private final ImmutableMap<String, Duration> overrides;
  private final Fit fit;

  private SegmentAllotment(Map<String, Duration> overrides, Fit fit) {
    super(ID, Messages.RULES.text("time-limit.segment.name"), Messages.RULES.text("time-limit.segment.reason"));
    this.overrides = ImmutableMap.copyOf(overrides);
    this.fit = requireNonNull(fit, "fit");
    this.overrides.forEach((s, d) -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("allotment of segment '" + s + "' (" + d + ") must be positive");
      }
    });
  }

  /** The allotments the segments declare, kept by wait-listing. */
  public static SegmentAllotment declared() {
    return new SegmentAllotment(Map.of(), Fit.waitList());
  }

  /** The rule as {@code config} sets it: {@code segment.<id>}, {@code fit}, {@code minimum}, {@code step}. */
  public static SegmentAllotment configured(RuleConfig config) {
    SegmentAllotment rule = declared();
    for (Map.Entry<String, Duration> e : config.durations("segment").entrySet()) {
      rule = rule.and(e.getKey(), e.getValue());
    }
    return rule.fitting(config.fit(Fit.waitList()));
  }

  /** This rule with segment {@code segmentId} allotted {@code allotment}, whatever it declares. */
  public SegmentAllotment and(String segmentId, Duration allotment) {
    Map<String, Duration> copy = new LinkedHashMap<>(overrides);
    copy.put(requireNonNull(segmentId, "segmentId"), requireNonNull(allotment, "allotment"));
    return new SegmentAllotment(copy, fit);
  }

  /** This rule fitting segments as {@code fit} says. */
  public SegmentAllotment fitting(Fit fit) {
    return new SegmentAllotment(overrides, fit);
  }

  /** The allotment of {@code segment}: set here, or declared by it. */
  public Optional<Duration> allotment(Segment segment) {
    Duration d = overrides.get(segment.id());
    return d != null ? Optional.of(d) : segment.allotment();
  }

  private LocalizedText description() {
    return Messages.RULES.text("time-limit.segment.description");
  }

  /** The allotments, naming the segments as the agenda does. */
  @Override
  public LocalizedText describe(Plenary plenary) {
    List<LocalizedText> parts = new ArrayList<>();
    for (Segment s : plenary.segments()) {
      allotment(s).ifPresent(d -> parts.add(Messages.RULES.text("time-limit.segment.each",
          Durations.text(d), Selector.segments(s.id()).describe(plenary))));
    }
    return parts.isEmpty() ? description()
        : Messages.RULES.text("time-limit.segment.describe", Languages.list(parts));
  }

  @Override
  public void declare(Declarations declarations) {
    Plenary plenary = declarations.plenary();
    for (Segment s : plenary.segments()) {
      allotment(s).ifPresent(d -> declarations.capacity(Selector.segments(s.id()), d, fit));
    }
    overrides.forEach((id, d) -> {
      if (plenary.segment(id).isEmpty()) {
        declarations.capacity(Selector.segments(id), d, fit);
      }
    });
  }

  @Override
  public String toString() {
    return ID + " " + overrides + " (" + fit + ")";
  }

  /** Makes the rule from {@code segment.<id>}, {@code fit}, {@code minimum} and {@code step}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, SegmentAllotment::configured);
    }
  }
}
