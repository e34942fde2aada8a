package org.plenary.rules.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Interventions with a fixed place in their segment: "the Court's briefing opens Segment II".
 *
 * <p>A place is {@code 1} (first), {@code n} (the n-th) or {@link #LAST}. In the
 * {@link Step#ORDER order} step it moves each named intervention to its place, so it belongs after
 * {@link Precedence} in a rule set; its check reports a named intervention out of place or not in the
 * plan. Configuration keys: {@code <intervention id>} = {@code first}, {@code last} or a number,
 * {@code because.en}, {@code because.fr}. Immutable and thread-safe.
 */
public final class FixedPosition implements Rule {

  /** The rule id. */
  public static final String ID = "order.fixed-position";

  /** The place that means "last in its segment". */
  public static final int LAST = -1;

  private final ImmutableMap<String, Integer> places;
  private final LocalizedText reason;

  private FixedPosition(Map<String, Integer> places, LocalizedText reason) {
    this.places = ImmutableMap.copyOf(places);
    this.reason = requireNonNull(reason, "reason");
    this.places.forEach((id, p) -> {
      if (p == 0 || p < LAST) {
        throw new IllegalArgumentException("place of '" + id + "' (" + p
            + ") must be 1 or more, or LAST (-1)");
      }
    });
  }

  /** {@code interventionId} opens its segment. */
  public static FixedPosition first(String interventionId) {
    return none().and(interventionId, 1);
  }

  /** No fixed place yet. */
  public static FixedPosition none() {
    return new FixedPosition(Map.of(), Messages.RULES.text("order.fixed-position.reason"));
  }

  /** This rule with {@code interventionId} at {@code place} (1 is first, {@link #LAST} is last). */
  public FixedPosition and(String interventionId, int place) {
    Map<String, Integer> copy = new LinkedHashMap<>(places);
    copy.put(requireNonNull(interventionId, "interventionId"), place);
    return new FixedPosition(copy, reason);
  }

  /** This rule with {@code reason} as its stated reason. */
  public FixedPosition because(LocalizedText reason) {
    return new FixedPosition(places, reason);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    java.util.Map<String, String> byLanguage = new java.util.TreeMap<>();
    for (java.util.Locale l : org.plenary.core.text.Bundle.LANGUAGES) {
      List<String> parts = new ArrayList<>();
      places.forEach((id, p) -> parts.add(p == LAST
          ? Messages.RULES.format(l, "order.fixed-position.last", id)
          : Messages.RULES.format(l, "order.fixed-position.place", id, p)));
      byLanguage.put(l.getLanguage(), Messages.RULES.format(l, "order.fixed-position.description",
          String.join(", ", parts)));
    }
    return LocalizedText.of(byLanguage);
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.ORDER);
  }

  @Override
  public void shape(Draft draft) {
    for (Map.Entry<String, Integer> e : places.entrySet()) {
      Candidate found = find(draft, e.getKey());
      if (found != null) {
        List<Candidate> order = new ArrayList<>(draft.candidates(found.segment()));
        order.remove(found);
        order.add(index(e.getValue(), order.size()), found);
        draft.reorder(found.segment(), order);
      }
    }
  }

  /** The candidate {@code id}, segment after segment, or null. */
  private static Candidate find(Draft draft, String id) {
    for (String segment : draft.plenary().segmentIds()) {
      for (Candidate c : draft.candidates(segment)) {
        if (c.id().equals(id)) {
          return c;
        }
      }
    }
    return null;
  }

  private static int index(int place, int others) {
    return place == LAST ? others : Math.min(place - 1, others);
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, Integer> e : places.entrySet()) {
      String id = e.getKey();
      Optional<Slot> slot = plan.slot(id);
      if (slot.isEmpty()) {
        boolean waiting = plan.waitingList().stream().map(WaitingEntry::id).anyMatch(id::equals);
        findings.add(finding(waiting ? Severity.ERROR : Severity.WARNING, id, Messages.RULES.text(
            waiting ? "order.fixed-position.waiting" : "order.fixed-position.unknown", id)).build());
        continue;
      }
      List<Slot> segment = plan.slots(slot.get().segment());
      int at = segment.indexOf(slot.get());
      int expected = index(e.getValue(), segment.size() - 1);
      if (at != expected) {
        findings.add(finding(Severity.ERROR, id, Messages.RULES.text("order.fixed-position.moved", id,
                expected + 1, at + 1, slot.get().segment()))
            .suggestion(Messages.RULES.text("order.fixed-position.moved.fix", expected + 1)).build());
      }
    }
    if (places.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("order.fixed-position.nothing"))
          .build());
    } else if (findings.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan",
          Messages.RULES.text("order.fixed-position.ok", places.size())).build());
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " " + places;
  }

  /** Makes the rule from {@code <intervention id> = first | last | n}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      FixedPosition rule = none();
      for (String key : config.keys()) {
        if (!key.startsWith("because.")) {
          rule = rule.and(key, place(config, key, config.text(key).orElseThrow()));
        }
      }
      return rule.because(Reasons.read(config, rule.reason()));
    }

    private static int place(RuleConfig config, String key, String value) {
      String v = value.trim();
      if (v.equals("first")) {
        return 1;
      }
      if (v.equals("last")) {
        return LAST;
      }
      try {
        int n = Integer.parseInt(v);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw config.error(key, value, "is not a place: 'first', 'last' or a number from 1");
    }
  }
}
