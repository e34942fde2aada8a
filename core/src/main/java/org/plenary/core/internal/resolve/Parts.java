package org.plenary.core.internal.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;

/**
 * What a plan is made of before it is one: the plenary, the slots, the waiting list, the rules, so
 * that the planner checks them and builds the plan once, with its findings. Not thread-safe.
 */
final class Parts {

  private final Plenary plenary;
  private final List<Slot> slots;
  private final List<WaitingEntry> waiting;
  private final List<RuleSummary> rules;
  private final Optional<Instant> plannedAt;
  private Map<String, Slot> byId;

  Parts(Plenary plenary, List<Slot> slots, List<WaitingEntry> waiting, List<RuleSummary> rules,
      Optional<Instant> plannedAt) {
    this.plenary = plenary;
    this.slots = slots;
    this.waiting = waiting;
    this.rules = rules;
    this.plannedAt = plannedAt;
  }

  /** The parts of {@code plan}. */
  static Parts of(Plan plan) {
    return new Parts(plan.plenary(), plan.slots(), plan.waitingList(), plan.rules(), plan.plannedAt());
  }

  /** The plan of these parts with {@code findings}. */
  Plan toPlan(List<Finding> findings) {
    return Plan.of(plenary, slots, waiting, findings, rules, plannedAt);
  }

  Plenary plenary() {
    return plenary;
  }

  List<Slot> slots() {
    return slots;
  }

  List<WaitingEntry> waitingList() {
    return waiting;
  }

  /** The slots of segment {@code segment}, in order. */
  List<Slot> slots(String segment) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : slots) {
      if (s.segment().equals(segment)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The slot of intervention {@code id}, if planned. */
  Optional<Slot> slot(String id) {
    if (byId == null) {
      byId = new HashMap<>();
      for (Slot s : slots) {
        byId.put(s.id(), s);
      }
    }
    return Optional.ofNullable(byId.get(id));
  }
}
