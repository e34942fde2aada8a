package org.plenary.core.internal.resolve;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;

/**
 * Re-fits what remains of a sitting under the same declarations: the capacities of segments and
 * groups, counting what is done; the reserves, less what their groups have used; and, in place of
 * capacities over the whole sitting, the time left to the hard end, fitted as the re-plan says.
 * Nobody is reordered. Not thread-safe: one re-plan.
 */
public final class Refit {

  /**
   * What the re-plan decided for one remaining slot, as {@code decision}'s kind says: a new
   * allotment, the waiting list, or a place kept by a reserve.
   */
  public record Change(String id, Decision decision, Optional<Duration> allotted) {}

  private Refit() {}

  /**
   * The changes to {@code remaining} (in order; {@code movable} says which a re-plan may touch) so
   * that they fit from {@code opens} to the hard end. {@code entered} are the segments already
   * begun, whose gaps are behind.
   */
  public static List<Change> fit(Book book, Plan plan, List<Slot> remaining, Predicate<Slot> movable,
      Set<String> entered, Instant opens, String ownerId, LocalizedText ownerName, Fit fit) {
    Plenary plenary = plan.plenary();
    Words words = new Words();
    Set<String> ahead = new java.util.HashSet<>();
    remaining.forEach(s -> ahead.add(s.id()));
    List<Slot> done = new ArrayList<>();
    for (Slot s : plan.slots()) {
      if (!ahead.contains(s.id())) {
        done.add(s);
      }
    }
    List<Pool> pools = new ArrayList<>();
    for (Pool p : Resolver.pools(plenary, book)) {
      if (p.places || !p.who.everything()) {
        for (Segment s : plenary.segments()) {
          if (p.countsGaps(s)) {
            p.used += s.gapBefore().toNanos();
          }
        }
        for (Slot s : done) {
          if (p.holds(plenary.requiredSegment(s.segment()), s.intervention())) {
            p.used += p.places ? 1 : s.allotted().toNanos();
          }
        }
        pools.add(p);
      }
    }
    Pool end = new Pool(ownerId, ownerName, Selector.everywhere(),
        Math.max(0, Duration.between(opens, plenary.hardEnd()).toNanos()), false, fit, null);
    for (Segment s : plenary.segments()) {
      if (!entered.contains(s.id())) {
        end.used += s.gapBefore().toNanos();
      }
    }
    pools.add(end);
    List<Fitter.Hold> holds = new ArrayList<>();
    for (Decl.Reserve r : book.live(book.reserves)) {
      long left = r.holdsPlaces() ? r.places() : r.time().toNanos();
      for (Slot s : done) {
        if (s.request().isPresent() && r.who().matches(plenary.requiredSegment(s.segment()), s.intervention())) {
          left -= r.holdsPlaces() ? 1 : s.allotted().toNanos();
        }
      }
      holds.add(new Fitter.Hold(r, Math.max(0, left)));
    }
    Fitter.Items items = new Fitter.Items(remaining.size());
    for (int i = 0; i < remaining.size(); i++) {
      Slot s = remaining.get(i);
      items.segment[i] = plenary.requiredSegment(s.segment());
      items.speech[i] = s.request().<org.plenary.core.agenda.Speech>map(r -> r).orElse(s.intervention());
      items.allotted[i] = s.allotted().toNanos();
      items.movable[i] = movable.test(s);
    }
    Fitter.Result result = new Fitter(plenary, words).fit(items, pools, holds);
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < remaining.size(); i++) {
      Slot s = remaining.get(i);
      if (result.blocked[i] != null) {
        changes.add(new Change(s.id(), result.blocked[i], Optional.empty()));
      } else if (result.allotted[i] != items.allotted[i]) {
        Decision shortened = null;
        for (Decision d : result.notes(i)) {
          if (d.kind() == Decision.Kind.SHORTENED) {
            shortened = d;
          }
        }
        changes.add(new Change(s.id(), shortened, Optional.of(Duration.ofNanos(result.allotted[i]))));
      }
      List<Decision> notes = result.notes(i);
      if (result.blocked[i] == null && notes != null) {
        for (Decision d : notes) {
          if (d.kind() == Decision.Kind.KEPT) {
            changes.add(new Change(s.id(), d, Optional.empty()));
          }
        }
      }
    }
    return changes;
  }
}
