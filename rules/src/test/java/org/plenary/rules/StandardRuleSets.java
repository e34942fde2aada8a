package org.plenary.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * shortening. Shrinking leaves rules out, then puts them back in their listed order.
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

  /** Any subset for {@code plenary}, with {@code required} always in it, late requests as {@code lates} says. */
  static Arbitrary<Drawn> drawn(Plenary plenary, Set<String> required, Arbitrary<LatePolicy> lates) {
    List<String> segments = Plenaries.listSegmentsOf(plenary);
    List<Intervention> programme = plenary.segments().stream().flatMap(s -> s.interventions().stream()).toList();
    Arbitrary<Optional<String>> pinned = programme.isEmpty() ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(programme).map(i -> Optional.of(i.id()));
    Arbitrary<List<Boolean>> picks = Arbitraries.of(false, true).list().ofSize(IDS.size());
    Arbitrary<DeadlineMeaning> meanings = Arbitraries.of(DeadlineMeaning.class);
    return Combinators.combine(picks, lates, meanings, pinned, Arbitraries.of(segments),
        Arbitraries.integers().between(2, 6), Arbitraries.integers().between(1, 4), Arbitraries.of(false, true))
        .as((pick, late, meaning, pin, at, minutes, places, shorten) -> {
          List<Rule> rules = new ArrayList<>();
          if (in(pick, required, 0)) {
            rules.add(RegistrationDeadline.standard().meaning(meaning).late(late));
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
            rules.add(SpeakingTimeLimit.inSegment(at, Duration.ofMinutes(minutes)));
          }
          if (in(pick, required, 5)) {
            rules.add(SegmentAllotment.declared());
          }
          if (in(pick, required, 6)) {
            rules.add(Reserve.places(at, places, OTHERS));
          }
          if (in(pick, required, 7)) {
            long programmed = plenary.requiredSegment(at).interventions().stream()
                .filter(i -> i.constituency().equals(Constituency.CIVIL_SOCIETY)).count();
            rules.add(Cap.places(at, (int) programmed + places, Constituency.CIVIL_SOCIETY));
          }
          if (in(pick, required, 8)) {
            rules.add(shorten ? TimeBudget.shortening(Duration.ofMinutes(2)) : TimeBudget.waitListing());
          }
          boolean pinning = rules.stream().anyMatch(r -> r.id().equals(FixedPosition.ID));
          return new Drawn(List.copyOf(rules), late, pinning ? pin : Optional.empty());
        });
  }

  /** Any subset for {@code plenary}, any late policy. */
  static Arbitrary<Drawn> drawn(Plenary plenary) {
    return drawn(plenary, Set.of(), Arbitraries.of(LatePolicy.class));
  }

  /** {@code drawn}'s rules in a drawn order. */
  static Arbitrary<Drawn> shuffled(Drawn drawn) {
    return Arbitraries.shuffle(drawn.rules()).map(drawn::in);
  }

  private static boolean in(List<Boolean> pick, Set<String> required, int at) {
    return pick.get(at) || required.contains(IDS.get(at));
  }
}
