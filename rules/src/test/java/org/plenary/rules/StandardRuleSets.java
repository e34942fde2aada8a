package org.plenary.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Rule;
import org.plenary.fixtures.Plenaries;
import org.plenary.rules.deadline.DeadlineMeaning;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.Cap;
import org.plenary.rules.time.Reserve;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/**
 * Subsets of the standard rules drawn for a plenary, with drawn parameters, in a drawn order: the
 * deadline with any meaning and late policy, one statement per delegation, precedence, a programme
 * item first, a speaking limit, the declared allotments, a reserve and a cap of places in a segment
 * that takes requests (the cap above what the programme gives there), and the budget, wait-listing or
 * shortening. A {@link Draft} is drawn apart from the plenary and fitted to it, so that both shrink
 * on their own: shrinking leaves rules out and puts them back in their listed order.
 */
final class StandardRuleSets {

  /** The ids, in their listed order. */
  static final List<String> IDS = List.of(RegistrationDeadline.ID, OnePerDelegation.ID, Precedence.ID,
      FixedPosition.ID, SpeakingTimeLimit.ID, SegmentAllotment.ID, Reserve.ID, Cap.ID, TimeBudget.ID);

  private static final Constituency[] OTHERS = {Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY};

  private StandardRuleSets() {}

  /** Rules drawn, and what they were drawn with. */
  record Drawn(List<Rule> rules, LatePolicy late, Optional<String> pinned) {

    /** Whether a rule {@code id} is among the rules. */
    boolean has(String id) {
      return rules.stream().anyMatch(r -> r.id().equals(id));
    }

    /** The same rules in another order. */
    Drawn in(List<Rule> order) {
      return new Drawn(order, late, pinned);
    }

    @Override
    public String toString() {
      return rules.toString();
    }
  }

  /**
   * What a rule set is drawn from, apart from any plenary: which rules, their parameters (a segment
   * and a programme item by number, taken modulo what the plenary has) and a sort key for each rule,
   * which gives the drawn order.
   */
  record Draft(List<Boolean> picks, List<Integer> keys, LatePolicy late, DeadlineMeaning meaning, int item,
      int segment, int minutes, int places, boolean shorten) {}

  /** Drafts in which late requests are as {@code lates} says. */
  static Arbitrary<Draft> drafts(Arbitrary<LatePolicy> lates) {
    Arbitrary<List<Boolean>> picks = Arbitraries.of(false, true).list().ofSize(IDS.size());
    Arbitrary<List<Integer>> keys = Arbitraries.integers().between(0, IDS.size()).list().ofSize(IDS.size());
    Arbitrary<Integer> choice = Arbitraries.integers().between(0, 14);
    return Combinators.combine(Combinators.combine(picks, keys).as(Tuple::of), lates,
        Arbitraries.of(DeadlineMeaning.class), choice, choice, Arbitraries.integers().between(2, 6),
        Arbitraries.integers().between(1, 4), Arbitraries.of(false, true))
        .as((both, late, meaning, item, segment, minutes, places, shorten) -> new Draft(both.get1(), both.get2(),
            late, meaning, item, segment, minutes, places, shorten));
  }

  /** The rules {@code d} draws for {@code plenary}, {@code required} among them, in their listed order. */
  static Drawn rules(Plenary plenary, Draft d, Set<String> required) {
    List<String> segments = Plenaries.listSegmentsOf(plenary);
    List<Intervention> programme = plenary.segments().stream().flatMap(s -> s.interventions().stream()).toList();
    String at = segments.get(d.segment() % segments.size());
    Optional<String> pin = programme.isEmpty() ? Optional.empty()
        : Optional.of(programme.get(d.item() % programme.size()).id());
    List<Boolean> pick = d.picks();
    List<Rule> rules = new ArrayList<>();
    if (in(pick, required, 0)) {
      rules.add(RegistrationDeadline.standard().meaning(d.meaning()).late(d.late()));
    }
    if (in(pick, required, 1)) {
      rules.add(OnePerDelegation.inListSegments());
    }
    if (in(pick, required, 2)) {
      rules.add(Precedence.standard());
    }
    if (in(pick, required, 3) && pin.isPresent()) {
      rules.add(FixedPosition.first(pin.get()));
    }
    if (in(pick, required, 4)) {
      rules.add(SpeakingTimeLimit.inSegment(at, Duration.ofMinutes(d.minutes())));
    }
    if (in(pick, required, 5)) {
      rules.add(SegmentAllotment.declared());
    }
    if (in(pick, required, 6)) {
      rules.add(Reserve.places(at, d.places(), OTHERS));
    }
    if (in(pick, required, 7)) {
      long programmed = plenary.requiredSegment(at).interventions().stream()
          .filter(i -> i.constituency().equals(Constituency.CIVIL_SOCIETY)).count();
      rules.add(Cap.places(at, (int) programmed + d.places(), Constituency.CIVIL_SOCIETY));
    }
    if (in(pick, required, 8)) {
      rules.add(d.shorten() ? TimeBudget.shortening(Duration.ofMinutes(2)) : TimeBudget.waitListing());
    }
    boolean pinning = rules.stream().anyMatch(r -> r.id().equals(FixedPosition.ID));
    return new Drawn(List.copyOf(rules), d.late(), pinning ? pin : Optional.empty());
  }

  /** {@code drawn}'s rules sorted by {@code d}'s keys, ties in their listed order. */
  static Drawn shuffled(Drawn drawn, Draft d) {
    List<Rule> order = new ArrayList<>(drawn.rules());
    order.sort(java.util.Comparator.comparingInt(r -> d.keys().get(IDS.indexOf(r.id()))));
    return drawn.in(order);
  }

  private static boolean in(List<Boolean> pick, Set<String> required, int at) {
    return pick.get(at) || required.contains(IDS.get(at));
  }
}
