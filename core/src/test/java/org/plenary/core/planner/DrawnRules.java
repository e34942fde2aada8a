package org.plenary.core.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.fixtures.Plenaries;

/**
 * Rule sets of core's declarations drawn for a plenary, in a drawn order: late requests admitted
 * after the others or wait-listed, one statement per voice, States Parties first then by receipt,
 * States and others in turn, a programme item pinned first, a speaking limit, a reserve and a cap in
 * a segment that takes requests (the cap above what the programme gives civil society there), and the budget kept by wait-listing or shortening. Each rule but
 * those {@link #drawn(Plenary, boolean) required} may be left out; shrinking leaves them out.
 */
public final class DrawnRules {

  /** The place of the States-first order. */
  public static final Place GROUP = Place.named("order.group");

  private DrawnRules() {}

  /** The rules drawn and what they were drawn with, for properties to check them by. */
  public record Drawn(List<Rule> rules, Optional<String> pinned, Optional<String> limited,
      Duration limit, boolean shorten) {

    /** The same rules in another order. */
    public Drawn in(List<Rule> order) {
      return new Drawn(order, pinned, limited, limit, shorten);
    }

    /** Whether a rule {@code id} is among the rules. */
    public boolean has(String id) {
      return rules.stream().anyMatch(r -> r.id().equals(id));
    }

    @Override
    public String toString() {
      return rules.stream().map(Rule::id).toList() + " pinned " + pinned.orElse("-") + ", limit "
          + limit + " in " + limited.orElse("-") + (shorten ? ", shortening" : ", wait-listing");
    }
  }

  /**
   * Rules for {@code plenary}; with {@code keepBudget} the budget rule is always among them. The
   * rules are in their listed order; {@link #shuffled} draws another.
   */
  public static Arbitrary<Drawn> drawn(Plenary plenary, boolean keepBudget) {
    List<String> segments = Plenaries.listSegmentsOf(plenary);
    List<Intervention> programme = plenary.segments().stream().flatMap(s -> s.interventions().stream()).toList();
    Instant cutOff = Plenaries.cutOff(plenary);
    Arbitrary<Boolean> in = Arbitraries.of(false, true);
    Arbitrary<String> segment = Arbitraries.of(segments);
    Arbitrary<Optional<String>> pinned = programme.isEmpty() ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(programme).map(i -> Optional.of(i.id()));
    Arbitrary<List<Boolean>> picks = in.list().ofSize(10);
    Arbitrary<Optional<String>> limited = segment.map(Optional::of);
    return Combinators.combine(picks, pinned, limited, Arbitraries.integers().between(2, 6),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3), in, in)
        .as((pick, pin, where, limit, reserve, cap, shorten, admitLate) -> {
          List<Rule> rules = new ArrayList<>();
          String at = where.orElseThrow();
          if (pick.get(0)) {
            rules.add(Floors.rule("admit.late", d -> d.admit(Selector.listSegments(), r -> r.received().isBefore(cutOff)
                ? Verdict.admit() : admitLate ? Verdict.admitLate(LocalizedText.of("late"))
                : Verdict.waitList(LocalizedText.of("late")))));
          }
          if (pick.get(1)) {
            rules.add(Floors.rule("admit.once", d -> d.onePer(Selector.listSegments(), s -> s.voice())));
          }
          if (pick.get(2)) {
            rules.add(Floors.rule("order.group", d -> d.order(Selector.listSegments(), GROUP,
                r -> r.constituency().equals(Constituency.STATE_PARTY) ? 0 : 1)));
          }
          if (pick.get(3)) {
            rules.add(Floors.rule("order.receipt", d -> d.order(Selector.listSegments(), Place.after(GROUP),
                r -> r.received().toEpochMilli())));
          }
          if (pick.get(4) && pin.isPresent()) {
            rules.add(Floors.rule("pin", d -> d.pin(pin.get(), 1)));
          }
          if (pick.get(5)) {
            rules.add(Floors.rule("limit", d -> d.limit(Selector.segments(at), Duration.ofMinutes(limit))));
          }
          if (pick.get(6)) {
            rules.add(Floors.rule("reserve.others", d -> d.reserve(Selector.segments(at).and(Floors.OTHERS), reserve)));
          }
          if (pick.get(7)) {
            long programmed = plenary.requiredSegment(at).interventions().stream()
                .filter(i -> i.constituency().equals(Constituency.CIVIL_SOCIETY)).count();
            rules.add(Floors.rule("cap.ngos", d -> d.capacity(Selector.segments(at)
                .and(Selector.constituencies(Constituency.CIVIL_SOCIETY)), (int) programmed + cap)));
          }
          if (pick.get(8)) {
            rules.add(Floors.rule("order.turns", d -> d.alternate(Selector.listSegments(), Place.before(GROUP),
                r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "other"))));
          }
          if (keepBudget || pick.get(9)) {
            rules.add(Floors.rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
                shorten ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList())));
          }
          boolean pinning = rules.stream().anyMatch(r -> r.id().equals("pin"));
          boolean limiting = rules.stream().anyMatch(r -> r.id().equals("limit"));
          return new Drawn(List.copyOf(rules), pinning ? pin : Optional.empty(),
              limiting ? where : Optional.empty(), Duration.ofMinutes(limit), shorten);
        });
  }

  /** {@code drawn}'s rules in a drawn order. */
  public static Arbitrary<Drawn> shuffled(Drawn drawn) {
    return Arbitraries.shuffle(drawn.rules()).map(drawn::in);
  }
}
