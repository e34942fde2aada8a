package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.internal.scope.Judgement;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/**
 * The planner's report of its own plan is the check's: it records what each declaration did as it
 * decides, and a check of the plan afterwards finds no error and no warning it did not report, and
 * says the same of every rule. Lists and rule sets are drawn, and shrink.
 */
class PlanReportProperties {

  private static final Instant CUT_OFF = Sample.DEADLINE.atStartOfDay(Sample.ZONE).toInstant();
  private static final Selector FLOOR = Selector.segments("floor");
  private static final Selector OTHERS = Selector.constituencies(Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);
  private static final Place GROUP = Place.named("order.group");

  private static Rule rule(String id, java.util.function.Consumer<org.plenary.core.rule.Declarations> declare) {
    return Rule.of(id, LocalizedText.of("rule " + id), LocalizedText.of("test"), declare);
  }

  /** One request: who (a constituency, a rank, one of a few delegations), when, how long. */
  private record Draw(Constituency constituency, ProtocolRank rank, int delegation, int minutes, int quarters) {}

  @Provide
  Arbitrary<List<RequestToSpeak>> requests() {
    Arbitrary<Draw> one = Combinators.combine(
        Arbitraries.of(Constituency.STATE_PARTY, Constituency.OBSERVER_STATE,
            Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY),
        Arbitraries.of(ProtocolRank.class),
        Arbitraries.integers().between(0, 25),
        Arbitraries.integers().between(-7 * 24 * 60, 2 * 24 * 60),
        Arbitraries.integers().between(4, 32)).as(Draw::new);
    return one.list().ofMaxSize(50).map(draws -> {
      List<RequestToSpeak> out = new ArrayList<>();
      for (int i = 0; i < draws.size(); i++) {
        Draw d = draws.get(i);
        Delegation who = Sample.delegation(d.constituency().id().substring(0, 2) + d.delegation(), d.constituency());
        out.add(RequestToSpeak.builder().id("r" + i)
            .speaker(Speaker.builder().delegation(who).rank(d.rank()).build())
            .received(CUT_OFF.plusSeconds(60L * d.minutes()))
            .duration(Duration.ofSeconds(15L * d.quarters())).segment("floor").build());
      }
      return out;
    });
  }

  /** Each kind of declaration, with drawn figures; each rule in or out. */
  @Provide
  Arbitrary<List<Rule>> rules() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(1, 6);
    Arbitrary<Integer> places = Arbitraries.integers().between(1, 6);
    Arbitrary<Fit> fits = Arbitraries.of(Fit.waitList(), Fit.shortenThenWaitList(Duration.ofMinutes(2)),
        Fit.shorten(Duration.ofMinutes(2)), Fit.shortenThenWaitList(Duration.ofSeconds(90))
            .inSteps(Duration.ofSeconds(30)));
    List<Arbitrary<Rule>> kinds = List.of(
        Arbitraries.of(Judgement.Kind.ADMIT_LATE, Judgement.Kind.WAIT_LIST, Judgement.Kind.REFUSE).map(k ->
            rule("admit.deadline", d -> d.admit(Selector.listSegments(), r -> r.received().isBefore(CUT_OFF)
                ? Verdict.admit() : late(k)))),
        Arbitraries.just(rule("admit.once", d -> d.onePer(Selector.listSegments(), s -> s.voice().id()))),
        Arbitraries.just(rule("order.group", d -> d.order(Selector.listSegments(), GROUP,
            r -> r.constituency().equals(Constituency.STATE_PARTY) ? 0 : 1))),
        Arbitraries.of(Place.after(GROUP), Place.named("order.receipt")).map(p ->
            rule("order.receipt", d -> d.order(Selector.listSegments(), p, r -> r.received().toEpochMilli()))),
        Arbitraries.of(Place.before(GROUP), Place.after(GROUP)).map(p -> rule("order.turns",
            d -> d.alternate(Selector.listSegments(), p,
                r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "other")))),
        Combinators.combine(Arbitraries.of("case", "r0", "r3"), Arbitraries.of(1, 2, -1)).as((id, at) ->
            rule("pin.first", d -> d.pin(id, at))),
        minutes.map(m -> rule("limit.floor", d -> d.limit(FLOOR, Duration.ofMinutes(m)))),
        Combinators.combine(minutes, fits).as((m, f) -> rule("capacity.floor",
            d -> d.capacity(FLOOR, Duration.ofMinutes(8L * m), f))),
        places.map(n -> rule("capacity.ngos", d -> d.capacity(FLOOR.and(Selector.constituencies(
            Constituency.CIVIL_SOCIETY)), n))),
        places.map(n -> rule("capacity.groups", d -> {
          d.capacity(FLOOR.and(Selector.constituencies(Constituency.OBSERVER_STATE)), n);
          d.capacity(FLOOR.and(Selector.constituencies(Constituency.INTERNATIONAL_ORGANISATION)), n);
        })),
        Combinators.combine(places, Arbitraries.of(true, false)).as((n, inPlaces) -> rule("reserve.others",
            d -> {
              if (inPlaces) {
                d.reserve(FLOOR.and(OTHERS), n);
              } else {
                d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(3L * n));
              }
            })),
        fits.map(f -> rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(), f))));
    List<Arbitrary<Optional<Rule>>> each = new ArrayList<>();
    for (Arbitrary<Rule> kind : kinds) {
      each.add(kind.optional(0.6));
    }
    return Combinators.combine(each).as(drawn -> drawn.stream().flatMap(Optional::stream).toList());
  }

  private static Verdict late(Judgement.Kind kind) {
    LocalizedText why = LocalizedText.of("after the deadline");
    return switch (kind) {
      case ADMIT_LATE -> Verdict.admitLate(why);
      case WAIT_LIST -> Verdict.waitList(why);
      default -> Verdict.refuse(why);
    };
  }

  @Property
  void aCheckOfThePlannersPlanFindsNothingThePlannerDidNotReport(@ForAll("requests") List<RequestToSpeak> requests,
      @ForAll("rules") List<Rule> rules) {
    Planner planner = Planner.of(RuleSet.of(rules));
    Plan plan = planner.plan(Sample.plenary(), requests);

    Plan checked = planner.check(plan);

    List<Finding> problems = checked.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertThat(plan.findings()).containsAll(problems);
    assertThat(checked.findings()).as("every rule's line").isEqualTo(plan.findings());
  }
}
