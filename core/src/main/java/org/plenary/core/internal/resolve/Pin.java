package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * {@link org.plenary.core.rule.Declarations#pin}: intervention {@code id} takes place {@code place}
 * in its segment (1 first, {@link org.plenary.core.rule.Declarations#LAST} last). The first pin of an
 * intervention by rule id holds; the planner places the others after the programme and the order,
 * and a check finds a pinned speaker moved. Two pins that cannot both hold are a warning.
 */
record Pin(Rule rule, int seq, String id, int place) implements Decl {

  @Override
  public Scope scope() {
    return null;
  }

  /** The first pin of each intervention, by rule id: the others are warnings. */
  static Map<String, Pin> firsts(List<Pin> live) {
    Map<String, Pin> out = new LinkedHashMap<>();
    for (Pin p : live) {
      out.putIfAbsent(p.id, p);
    }
    return out;
  }

  /** "Placed first by {rule}", "Placed at number 3 by {rule}". */
  Decision decision() {
    return Words.decision(Decision.Kind.PINNED, rule, "decision.pinned", place);
  }

  private static LocalizedText note(int n) {
    return Words.text("check.pin.ok", n);
  }

  /**
   * What the pins did to a plan, planned or read: two pins on one intervention, a pinned intervention
   * kept out or unknown, two pins on one place ({@code collisions}, each with its segment and the
   * two speakers), and the line of each rule whose pins hold. {@code waiting} gives the waiting entry
   * of an id, or null, {@code inPlan} whether an id is in the plan, and {@code who} names its speaker.
   */
  static void record(Report report, Records records, Function<String, WaitingEntry> waiting,
      Predicate<String> inPlan, Function<String, LocalizedText> who, List<Collision> collisions) {
    List<Pin> live = report.live(report.book().pins);
    Map<String, Pin> first = new LinkedHashMap<>();
    for (Pin p : live) {
      Pin before = first.putIfAbsent(p.id, p);
      if (before != null) {
        report.conflict(before.rule, p.rule, p.id, Words.text("check.pin.again", before.rule.name(),
            p.rule.name(), who.apply(p.id)));
      }
    }
    Map<Rule, int[]> count = new IdentityHashMap<>();
    List<Rule> counted = new ArrayList<>();
    for (Pin p : first.values()) {
      int[] c = count.computeIfAbsent(p.rule, r -> {
        counted.add(r);
        return new int[1];
      });
      if (inPlan.test(p.id)) {
        c[0]++;
        continue;
      }
      WaitingEntry w = waiting.apply(p.id);
      if (w == null) {
        report.warning(p.rule, p.id, Words.text("check.pin.unknown", p.id));
      } else {
        Rule other = report.book().rule(w.decidedBy().ruleId());
        report.conflict(p.rule, other == null ? p.rule : other, p.id, Words.text("check.pin.kept-out",
            p.rule.name(), Words.who(w.speech()),
            other == null ? LocalizedText.of(w.decidedBy().ruleId()) : other.name()));
      }
    }
    for (Collision c : collisions) {
      report.conflict(c.first().rule, c.second().rule, c.segment(), Words.text("check.pin.twice",
          c.first().rule.name(), c.second().rule.name(), c.first().place, Words.segment(
              report.book().plenary().requiredSegment(c.segment())), c.firstWho(), c.secondWho()));
    }
    for (Rule r : counted) {
      int n = count.get(r)[0];
      records.add(Records.Kind.PIN, r, 0, n, () -> note(n));
    }
  }

  /** Two pins that asked for one place of {@code segment}: the first speaker takes it, the second follows. */
  record Collision(String segment, Pin first, Pin second, LocalizedText firstWho, LocalizedText secondWho) {}

  /** The collisions of {@code found} in {@code segment}, items being speeches of {@code speechOf}. */
  static void collisions(String segment, List<Orders.Collision> found, Function<Integer, Speech> speechOf,
      List<Collision> out) {
    for (Orders.Collision c : found) {
      out.add(new Collision(segment, c.first().pin(), c.second().pin(),
          Words.who(speechOf.apply(c.first().item())), Words.who(speechOf.apply(c.second().item()))));
    }
  }

  /**
   * Checks {@code plan}: a pinned speaker away from the place the pins give, the programme and the
   * others kept in their order, is an error.
   */
  static void check(Given plan, Report report, Records records) {
    Map<String, Pin> first = firsts(report.live(report.book().pins));
    Map<String, List<Orders.Pinned>> bySegment = new LinkedHashMap<>();
    for (Pin p : first.values()) {
      plan.slot(p.id).ifPresent(slot -> bySegment.computeIfAbsent(slot.segment(), s -> new ArrayList<>())
          .add(new Orders.Pinned(plan.slots(slot.segment()).indexOf(slot), p)));
    }
    List<Collision> collisions = new ArrayList<>();
    for (Map.Entry<String, List<Orders.Pinned>> e : bySegment.entrySet()) {
      List<Slot> segment = plan.slots(e.getKey());
      Set<Integer> pinnedAt = new HashSet<>();
      e.getValue().forEach(p -> pinnedAt.add(p.item()));
      int[] others = new int[segment.size() - pinnedAt.size()];
      int k = 0;
      for (int i = 0; i < segment.size(); i++) {
        if (!pinnedAt.contains(i)) {
          others[k++] = i;
        }
      }
      List<Orders.Collision> found = new ArrayList<>();
      int[] expected = Orders.pin(others, e.getValue(), found);
      collisions(e.getKey(), found, i -> segment.get(i).intervention(), collisions);
      for (int at = 0; at < expected.length; at++) {
        int actual = expected[at];
        for (Orders.Pinned p : e.getValue()) {
          if (p.item() == actual && at != actual) {
            Slot s = segment.get(actual);
            report.error(p.pin().rule, s.id(), Words.text("check.pin.error", Words.who(s.intervention()),
                at + 1, actual + 1, Words.segment(plan.segment(e.getKey()))), "check.pin.fix");
          }
        }
      }
    }
    record(report, records, plan::waiting, id -> plan.slot(id).isPresent(), plan::who, collisions);
  }
}
