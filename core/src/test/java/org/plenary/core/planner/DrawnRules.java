package org.plenary.core.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
 * a segment that takes requests (the cap above what the programme gives civil society there), and
 * the budget kept by wait-listing or shortening. A {@link Draft} is drawn apart from the plenary and
 * fitted to it, so that both shrink on their own: shrinking leaves rules out and puts them back in
 * their listed order.
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

  /** Rule ids, in their listed order. */
  private static final List<String> IDS = List.of("admit.late", "admit.once", "order.group", "order.receipt",
      "pin", "limit", "reserve.others", "cap.ngos", "order.turns", "budget");

  /**
   * What rules are drawn from, apart from any plenary: which rules, their parameters (a segment and a
   * programme item by number, taken modulo what the plenary has) and a sort key for each rule, which
   * gives the drawn order.
   */
  public record Draft(List<Boolean> picks, List<Integer> keys, int item, int segment, int limit, int reserve,
      int cap, boolean shorten, boolean admitLate) {}

  /** Drafts of any rules. */
  public static Arbitrary<Draft> drafts() {
    Arbitrary<Boolean> in = Arbitraries.of(false, true);
    Arbitrary<Integer> choice = Arbitraries.integers().between(0, 14);
    return Combinators.combine(Combinators.combine(in.list().ofSize(IDS.size()),
            Arbitraries.integers().between(0, IDS.size()).list().ofSize(IDS.size())).as(Tuple::of),
        Combinators.combine(choice, choice).as(Tuple::of), Arbitraries.integers().between(2, 6),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3), in, in)
        .as((lists, where, limit, reserve, cap, shorten, admitLate) -> new Draft(lists.get1(), lists.get2(),
            where.get1(), where.get2(), limit, reserve, cap, shorten, admitLate));
  }

  /** The rules {@code d} draws for {@code plenary}, in their listed order; the budget always with {@code keepBudget}. */
  public static Drawn rules(Plenary plenary, Draft d, boolean keepBudget) {
    List<String> segments = Plenaries.listSegmentsOf(plenary);
    List<Intervention> programme = plenary.segments().stream().flatMap(s -> s.interventions().stream()).toList();
    Instant cutOff = Plenaries.cutOff(plenary);
    String at = segments.get(d.segment() % segments.size());
    Optional<String> pin = programme.isEmpty() ? Optional.empty()
        : Optional.of(programme.get(d.item() % programme.size()).id());
    List<Boolean> pick = d.picks();
    boolean admitLate = d.admitLate();
    List<Rule> rules = new ArrayList<>();
    if (pick.get(0)) {
      rules.add(Floors.rule("admit.late", x -> x.admit(Selector.listSegments(), r -> r.received().isBefore(cutOff)
          ? Verdict.admit() : admitLate ? Verdict.admitLate(LocalizedText.of("late"))
          : Verdict.waitList(LocalizedText.of("late")))));
    }
    if (pick.get(1)) {
      rules.add(Floors.rule("admit.once", x -> x.onePer(Selector.listSegments(), s -> s.voice())));
    }
    if (pick.get(2)) {
      rules.add(Floors.rule("order.group", x -> x.order(Selector.listSegments(), GROUP,
          r -> r.constituency().equals(Constituency.STATE_PARTY) ? 0 : 1)));
    }
    if (pick.get(3)) {
      rules.add(Floors.rule("order.receipt", x -> x.order(Selector.listSegments(), Place.after(GROUP),
          r -> r.received().toEpochMilli())));
    }
    if (pick.get(4) && pin.isPresent()) {
      rules.add(Floors.rule("pin", x -> x.pin(pin.get(), 1)));
    }
    if (pick.get(5)) {
      rules.add(Floors.rule("limit", x -> x.limit(Selector.segments(at), Duration.ofMinutes(d.limit()))));
    }
    if (pick.get(6)) {
      rules.add(Floors.rule("reserve.others", x -> x.reserve(Selector.segments(at).and(Floors.OTHERS), d.reserve())));
    }
    if (pick.get(7)) {
      long programmed = plenary.requiredSegment(at).interventions().stream()
          .filter(i -> i.constituency().equals(Constituency.CIVIL_SOCIETY)).count();
      rules.add(Floors.rule("cap.ngos", x -> x.capacity(Selector.segments(at)
          .and(Selector.constituencies(Constituency.CIVIL_SOCIETY)), (int) programmed + d.cap())));
    }
    if (pick.get(8)) {
      rules.add(Floors.rule("order.turns", x -> x.alternate(Selector.listSegments(), Place.before(GROUP),
          r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "other"))));
    }
    if (keepBudget || pick.get(9)) {
      rules.add(Floors.rule("budget", x -> x.capacity(Selector.everywhere(), x.plenary().budget(),
          d.shorten() ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList())));
    }
    Drawn drawn = new Drawn(List.copyOf(rules), Optional.empty(), Optional.empty(), Duration.ofMinutes(d.limit()),
        d.shorten());
    return new Drawn(drawn.rules(), drawn.has("pin") ? pin : Optional.empty(),
        drawn.has("limit") ? Optional.of(at) : Optional.empty(), drawn.limit(), d.shorten());
  }

  /** {@code drawn}'s rules sorted by {@code d}'s keys, ties in their listed order. */
  public static Drawn shuffled(Drawn drawn, Draft d) {
    List<Rule> order = new ArrayList<>(drawn.rules());
    order.sort(Comparator.comparingInt(r -> d.keys().get(IDS.indexOf(r.id()))));
    return drawn.in(order);
  }
}
