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
 * Each segment keeps to its allotment: the one declared on the {@link Segment}, or one set here,
 * which takes precedence.
 *
 * <p>In the {@link Step#FIT fit} step, requests in a segment that runs over go to the waiting list,
 * last in order first, or are shortened first, as the {@link FitPolicy} says; the programme is not cut.
 * Its check reports each segment over its allotment with the amount. Configuration keys:
 * {@code segment.<id>} (ISO-8601), {@code fit}, {@code minimum}, {@code because.en},
 * {@code because.fr}. Immutable and thread-safe.
 */
public final class SegmentAllotment implements Rule {

  /** The rule id. */
  public static final String ID = "time-limit.segment";

  private final ImmutableMap<String, Duration> overrides;
  private final FitPolicy policy;
  private final Duration minimum;
  private final LocalizedText reason;

  private SegmentAllotment(Map<String, Duration> overrides, FitPolicy policy, Duration minimum,
      LocalizedText reason) {
    this.overrides = ImmutableMap.copyOf(overrides);
    this.policy = requireNonNull(policy, "policy");
    this.minimum = requireNonNull(minimum, "minimum");
    this.reason = requireNonNull(reason, "reason");
    this.overrides.forEach((s, d) -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("allotment of segment '" + s + "' (" + d + ") must be positive");
      }
    });
  }

  /** The allotments the segments declare, kept by wait-listing. */
  public static SegmentAllotment declared() {
    return new SegmentAllotment(Map.of(), FitPolicy.WAIT_LIST, Duration.ofMinutes(1),
        Messages.RULES.text("time-limit.segment.reason"));
  }

  /** This rule with segment {@code segmentId} allotted {@code allotment}, whatever it declares. */
  public SegmentAllotment and(String segmentId, Duration allotment) {
    Map<String, Duration> copy = new LinkedHashMap<>(overrides);
    copy.put(requireNonNull(segmentId, "segmentId"), requireNonNull(allotment, "allotment"));
    return new SegmentAllotment(copy, policy, minimum, reason);
  }

  /** This rule fitting segments with {@code policy}, shortening to no less than {@code minimum}. */
  public SegmentAllotment fitting(FitPolicy policy, Duration minimum) {
    return new SegmentAllotment(overrides, policy, minimum, reason);
  }

  /** This rule with {@code reason} as its stated reason. */
  public SegmentAllotment because(LocalizedText reason) {
    return new SegmentAllotment(overrides, policy, minimum, reason);
  }

  /** The allotment of {@code segment}: set here, or declared by it. */
  public Optional<Duration> allotment(Segment segment) {
    Duration d = overrides.get(segment.id());
    return d != null ? Optional.of(d) : segment.allotment();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    return overrides.isEmpty() ? Messages.RULES.text("time-limit.segment.description")
        : Messages.RULES.text("time-limit.segment.description.set", Lists.of(overrides));
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.FIT);
  }

  @Override
  public void shape(Draft draft) {
    Fitter fitter = new Fitter(policy, minimum);
    for (Segment segment : draft.plenary().segments()) {
      Optional<Duration> allotment = allotment(segment);
      if (allotment.isEmpty()) {
        continue;
      }
      Duration programme = Duration.ZERO;
      List<Candidate> requests = new ArrayList<>();
      for (Candidate c : draft.candidates(segment.id())) {
        if (c.isRequest()) {
          requests.add(c);
        } else {
          programme = programme.plus(c.allotted());
        }
      }
      fitter.fit(draft, requests, allotment.get().minus(programme), ID,
          Messages.RULES.text("time-limit.segment.waiting", segment.title(),
              Durations.format(allotment.get())));
    }
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> findings = new ArrayList<>();
    Plenary plenary = plan.plenary();
    for (String id : overrides.keySet()) {
      if (plenary.segment(id).isEmpty()) {
        findings.add(finding(Severity.WARNING, id,
            Messages.RULES.text("rule.unknown-segment", id, plenary.segmentIds())).build());
      }
    }
    Map<String, Duration> used = new LinkedHashMap<>();
    for (Slot slot : plan.slots()) {
      used.merge(slot.segment(), slot.allotted(), Duration::plus);
    }
    int checked = 0;
    for (Segment segment : plenary.segments()) {
      Optional<Duration> allotment = allotment(segment);
      if (allotment.isEmpty()) {
        continue;
      }
      checked++;
      Duration subtotal = used.getOrDefault(segment.id(), Duration.ZERO);
      if (subtotal.compareTo(allotment.get()) > 0) {
        findings.add(finding(Severity.ERROR, segment.id(), Messages.RULES.text("time-limit.segment.over",
                segment.title(), Durations.format(subtotal),
                Durations.format(subtotal.minus(allotment.get())), Durations.format(allotment.get())))
            .suggestion(Messages.RULES.text("time-limit.segment.over.fix")).build());
      }
    }
    if (checked == 0) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("time-limit.segment.nothing"))
          .build());
    } else if (findings.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("time-limit.segment.ok", checked))
          .build());
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " (" + description().english() + ")";
  }

  /** Makes the rule from {@code segment.<id>}, {@code fit} and {@code minimum}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      SegmentAllotment rule = declared();
      for (Map.Entry<String, Duration> e : config.durations("segment").entrySet()) {
        rule = rule.and(e.getKey(), e.getValue());
      }
      rule = rule.fitting(config.choice("fit", FitPolicy.class, FitPolicy.WAIT_LIST),
          config.duration("minimum", Duration.ofMinutes(1)));
      return rule.because(Reasons.read(config, rule.reason()));
    }
  }
}
