package org.plenary.rules.order;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.IdTable;
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Reasons;
import org.plenary.rules.internal.Scope;

/**
 * One statement per delegation in a segment: a delegation that asks twice speaks once.
 *
 * <p>A statement made on behalf of a group counts as the group's. In the {@link Step#ADMIT admit}
 * step the earliest request of each delegation is kept and the others are refused; its check reports
 * any delegation that speaks twice in a segment in scope. Configuration keys: {@code segments}
 * (comma-separated ids; default: every segment that takes requests), {@code because.en},
 * {@code because.fr}. Immutable and thread-safe.
 */
public final class OnePerDelegation implements Rule {

  /** The rule id. */
  public static final String ID = "order.one-per-delegation";

  private final Scope scope;
  private final LocalizedText reason;

  private OnePerDelegation(Scope scope, LocalizedText reason) {
    this.scope = requireNonNull(scope, "scope");
    this.reason = requireNonNull(reason, "reason");
  }

  /** One statement per delegation in every segment that takes requests. */
  public static OnePerDelegation inListSegments() {
    return new OnePerDelegation(Scope.listSegments(),
        Messages.RULES.text("order.one-per-delegation.reason"));
  }

  /** One statement per delegation in the segments {@code segmentIds}. */
  public static OnePerDelegation inSegments(String... segmentIds) {
    return new OnePerDelegation(Scope.of(Arrays.asList(segmentIds)),
        Messages.RULES.text("order.one-per-delegation.reason"));
  }

  /** This rule with {@code reason} as its stated reason. */
  public OnePerDelegation because(LocalizedText reason) {
    return new OnePerDelegation(scope, reason);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    return Messages.RULES.text("order.one-per-delegation.description");
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.ADMIT);
  }

  private static Delegation voice(Intervention i) {
    return i.onBehalfOf().orElse(i.speaker().delegation());
  }

  @Override
  public void shape(Draft draft) {
    for (Segment segment : scope.segments(draft.plenary())) {
      List<Candidate> candidates = draft.candidates(segment.id());
      IdTable<Candidate> kept = new IdTable<>(candidates.size());
      List<Candidate> refused = new ArrayList<>();
      for (Candidate c : candidates) {
        Candidate before = kept.putIfAbsent(voice(c).id(), c);
        if (before != null) {
          Candidate first = earlier(before, c);
          refused.add(first == c ? before : c);
          kept.put(voice(c).id(), first);
        }
      }
      for (Candidate c : refused) {
        draft.moveToWaitingList(c, ID, Messages.RULES.text("order.one-per-delegation.refused",
            voice(c).name(), kept.get(voice(c).id()).id()), WaitingEntry.Status.REFUSED);
      }
    }
  }

  private static Delegation voice(Candidate c) {
    return c.onBehalfOf().orElse(c.speaker().delegation());
  }

  private static Candidate earlier(Candidate a, Candidate b) {
    if (a.isRequest() != b.isRequest()) {
      return a.isRequest() ? b : a;
    }
    if (a.isRequest()) {
      int c = a.received().compareTo(b.received());
      if (c != 0) {
        return c < 0 ? a : b;
      }
    }
    return a.index() <= b.index() ? a : b;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> findings = new ArrayList<>();
    for (String id : scope.unknown(plan.plenary())) {
      findings.add(finding(Severity.WARNING, id,
          Messages.RULES.text("rule.unknown-segment", id, plan.plenary().segmentIds())).build());
    }
    int checked = 0;
    for (Segment segment : scope.segments(plan.plenary())) {
      Map<String, Slot> seen = new HashMap<>();
      for (Slot slot : plan.slots(segment.id())) {
        checked++;
        Delegation voice = voice(slot.intervention());
        Slot before = seen.putIfAbsent(voice.id(), slot);
        if (before != null) {
          findings.add(finding(Severity.ERROR, slot.id(), Messages.RULES.text(
                  "order.one-per-delegation.twice", voice.name(), segment.title(), before.id(), slot.id()))
              .build());
        }
      }
    }
    if (checked == 0) {
      findings.add(finding(Severity.INFO, "plan",
          Messages.RULES.text("order.one-per-delegation.nothing")).build());
    } else if (findings.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan",
          Messages.RULES.text("order.one-per-delegation.ok", checked)).build());
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " in " + scope;
  }

  /** Makes the rule from {@code segments}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      OnePerDelegation rule = new OnePerDelegation(Scope.read(config, "segments"),
          Messages.RULES.text("order.one-per-delegation.reason"));
      return rule.because(Reasons.read(config, rule.reason()));
    }
  }
}
