package org.plenary.core.internal.resolve;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * Re-fits what remains of a sitting under the same declarations: the capacities of segments and
 * groups, counting what is done; the reserves, less what their groups have used; and, in place of
 * capacities of time over the whole sitting, the time left to the hard end, fitted as the re-plan
 * says. Nobody is reordered. Like the planner, it records what it decides: each capacity and
 * reserve it applied gets its rule's line anew, and the other rules keep theirs. Not thread-safe:
 * one re-plan.
 */
public final class Refit {

  /**
   * What the re-plan decided for one remaining slot, as {@code decision}'s kind says: a new
   * allotment, the waiting list, or a place kept by a reserve.
   */
  public record Change(String id, Decision decision, Optional<Duration> allotted) {}

  /**
   * The changes, in order, and the lines of the rules whose declarations the re-plan applied, with
   * the errors it found (a capacity that what is done and fixed already overruns).
   */
  public record Result(List<Change> changes, List<Finding> lines, Set<String> applied) {

    /** Whether {@code f}, a finding of the plan before, still holds: a rule's the re-plan did not apply. */
    public boolean keeps(Finding f, Book book) {
      return !applied.contains(f.ruleId()) && book.rule(f.ruleId()) != null;
    }
  }

  private Refit() {}

  /**
   * The changes to {@code remaining} (in order; {@code movable} says which a re-plan may touch) so
   * that they fit from {@code opens} to the hard end. {@code entered} are the segments already
   * begun, whose gaps are behind.
   */
  public static Result fit(Book book, Plan plan, List<Slot> remaining, Predicate<Slot> movable,
      Set<String> entered, Instant opens, String ownerId, LocalizedText ownerName, Fit fit) {
    Plenary plenary = plan.plenary();
    Given given = new Given(plan);
    Report report = new Report(book);
    Set<String> ahead = new HashSet<>();
    remaining.forEach(s -> ahead.add(s.id()));
    List<Slot> done = new ArrayList<>();
    for (Slot s : plan.slots()) {
      if (!ahead.contains(s.id())) {
        done.add(s);
      }
    }
    List<Capacity.Pool> pools = new ArrayList<>();
    for (Capacity.Pool p : Capacity.Pool.of(report.live(book.capacities), plenary)) {
      if (p.places || !p.scope.everything()) {
        for (Slot s : done) {
          if (p.scope.matches(given.segment(s.segment()), s.intervention())) {
            p.used += p.places ? 1 : s.allotted().toNanos();
          }
        }
        pools.add(p);
      }
    }
    Capacity.Pool end = new Capacity.Pool(null, ownerId, ownerName, Scope.EVERYWHERE,
        Math.max(0, Duration.between(opens, plenary.hardEnd()).toNanos()), false, fit);
    end.used = Capacity.gaps(Scope.EVERYWHERE, false, plenary, entered);
    pools.add(end);
    List<Reserve.Hold> holds = new ArrayList<>();
    Map<Reserve.Hold, long[]> before = new IdentityHashMap<>();
    for (Reserve r : report.live(book.reserves)) {
      long time = 0;
      int count = 0;
      for (Slot s : done) {
        if (s.request().isPresent() && r.scope().matches(given.segment(s.segment()), s.intervention())) {
          time += s.allotted().toNanos();
          count++;
        }
      }
      Reserve.Hold h = new Reserve.Hold(r, Math.max(0, r.size() - (r.places() ? count : time)));
      holds.add(h);
      before.put(h, new long[] {time, count});
    }
    Fitter.Items items = new Fitter.Items(remaining.size());
    for (int i = 0; i < remaining.size(); i++) {
      Slot s = remaining.get(i);
      items.segment[i] = given.segment(s.segment());
      items.speech[i] = s.request().<Speech>map(r -> r).orElse(s.intervention());
      items.allotted[i] = s.allotted().toNanos();
      items.movable[i] = movable.test(s);
    }
    Fitter.Result result = new Fitter(plenary).fit(items, pools, holds);
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < remaining.size(); i++) {
      Slot s = remaining.get(i);
      Decision[] notes = result.notes(i);
      if (result.blocked[i] != null) {
        changes.add(new Change(s.id(), result.blocked[i], Optional.empty()));
      } else if (result.allotted[i] != items.allotted[i]) {
        Decision shortened = null;
        for (Decision d : notes == null ? new Decision[0] : notes) {
          if (d.kind() == Decision.Kind.SHORTENED) {
            shortened = d;
          }
        }
        changes.add(new Change(s.id(), shortened, Optional.of(Duration.ofNanos(result.allotted[i]))));
      }
      if (result.blocked[i] == null && notes != null) {
        for (Decision d : notes) {
          if (d.kind() == Decision.Kind.KEPT) {
            changes.add(new Change(s.id(), d, Optional.empty()));
          }
        }
      }
    }
    return new Result(changes, lines(book, report, given, pools, holds, before), applied(pools, holds));
  }

  private static Set<String> applied(List<Capacity.Pool> pools, List<Reserve.Hold> holds) {
    Set<String> out = new HashSet<>();
    pools.forEach(p -> {
      if (p.decl != null) {
        out.add(p.decl.rule().id());
      }
    });
    holds.forEach(h -> out.add(h.decl.rule().id()));
    return Collections.unmodifiableSet(out);
  }

  /** The lines of the rules whose capacities and reserves the re-plan applied, from what it recorded. */
  private static List<Finding> lines(Book book, Report report, Given plan, List<Capacity.Pool> pools,
      List<Reserve.Hold> holds, Map<Reserve.Hold, long[]> before) {
    Plenary plenary = plan.plenary();
    Records records = new Records();
    for (Capacity.Pool p : pools) {
      if (p.decl != null) {
        p.decl.overrun(report, plenary, p.held);
        int waiting = p.blocked;
        for (WaitingEntry w : plan.waitingList()) {
          if (p.decl.keepsOut(w, plan.segment(w.segment()))) {
            waiting++;
          }
        }
        int n = waiting;
        records.add(p.decl, 1, () -> p.decl.note(plenary, p.held, n));
      }
    }
    List<Capacity> capacities = report.live(book.capacities);
    for (Reserve.Hold h : holds) {
      long[] done = before.get(h);
      long time = done[0] + h.time;
      int count = (int) done[1] + h.count;
      records.add(h.decl, 1, () -> h.decl.note(plenary, time, count));
      h.decl.tooBig(report, capacities, plenary);
    }
    records.into(report);
    List<Finding> out = new ArrayList<>();
    Set<Rule> told = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Rule rule : book.rules()) {
      for (Capacity.Pool p : pools) {
        if (p.decl != null && p.decl.rule() == rule && told.add(rule)) {
          out.addAll(report.findings(rule, List.of(), plan::who));
        }
      }
      for (Reserve.Hold h : holds) {
        if (h.decl.rule() == rule && told.add(rule)) {
          out.addAll(report.findings(rule, List.of(), plan::who));
        }
      }
    }
    return out;
  }
}
