package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.core.planner.Floors.FLOOR;
import static org.plenary.core.planner.Floors.OTHERS;
import static org.plenary.core.planner.Floors.mixed;
import static org.plenary.core.planner.Floors.rule;
import static org.plenary.core.planner.Floors.statesFirst;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/** How one resolution settles what several rules declare, and what it tells of each decision. */
class ResolutionTest {

  @Test
  void theStrongestVerdictWinsAndEveryVerdictIsRecorded() {
    Rule late = rule("admit.late", d -> d.admit(FLOOR, r -> r.id().equals("r2")
        ? Verdict.admitLate(LocalizedText.of("late")) : Verdict.admit()));
    Rule refuse = rule("admit.refuse", d -> d.admit(FLOOR, r -> r.id().equals("r2") || r.id().equals("r3")
        ? Verdict.refuse(LocalizedText.of("not eligible")) : Verdict.admit()));
    Rule wait = rule("admit.wait", d -> d.admit(FLOOR, r -> r.id().equals("r4")
        ? Verdict.waitList(LocalizedText.of("no badge")) : Verdict.admit()));
    Rule lateOnly = rule("admit.late-only", d -> d.admit(FLOOR, r -> r.id().equals("r1")
        ? Verdict.admitLate(LocalizedText.of("late too")) : Verdict.admit()));
    Plan plan = mixed().plan(late, refuse, wait, lateOnly);
    assertThat(Trial.order(plan, "floor")).containsExactly("SP3", "NGO2", "SP4", "NGO1");
    assertThat(Trial.waiting(plan)).containsExactly("OBS1", "SP1", "SP2");
    assertThat(Trial.decisions(plan, "SP1")).extracting(Decision::kind)
        .containsExactly(Decision.Kind.REFUSED, Decision.Kind.ADMITTED_LATE);
    assertThat(plan.waitingList().get(1).decidedBy().ruleId()).isEqualTo("admit.refuse");
    assertThat(Trial.decisions(plan, "NGO1")).singleElement().satisfies(d ->
        assertThat(d.message().english()).isEqualTo("Admitted after those on time, by rule admit.late-only: late too"));
    assertThat(plan.slot("r1").orElseThrow().decisions()).extracting(Decision::kind).contains(Decision.Kind.ADMITTED_LATE);
    assertThat(plan.errors()).isEmpty();
  }

  @Test
  void keysApplyByPriorityLowerFirstAndTheUnselectedComeAfter() {
    Rule byRank = rule("order.rank", d -> d.order(Selector.listSegments(), Place.after(Floors.STATES_FIRST),
        r -> r.speaker().rank().ordinal()));
    Rule onlyNgos = rule("order.ngos", d -> d.order(Selector.listSegments().and(
        Selector.constituencies(Constituency.CIVIL_SOCIETY)), Place.before(Floors.STATES_FIRST),
        r -> -r.received().getEpochSecond()));
    Trial trial = Trial.sample().request("SP-AMB", Constituency.STATE_PARTY, ProtocolRank.AMBASSADOR,
            Duration.ofMinutes(3))
        .request("NGO1", Constituency.CIVIL_SOCIETY).request("SP-MIN", Constituency.STATE_PARTY,
            ProtocolRank.MINISTER, Duration.ofMinutes(3))
        .request("NGO2", Constituency.CIVIL_SOCIETY);
    Plan plan = trial.plan(byRank, statesFirst(), onlyNgos);
    assertThat(Trial.order(plan, "floor")).containsExactly("NGO2", "NGO1", "SP-MIN", "SP-AMB");
    assertThat(Trial.decisions(plan, "NGO2")).extracting(Decision::ruleId)
        .containsExactly("order.ngos", "order.rank", "order.states-first");
    assertThat(plan.errors()).isEmpty();
  }

  @Test
  void twoRulesOrderingAtOnePriorityApplyByIdAndSaySo() {
    Rule reverse = rule("order.a-reverse", d -> d.order(Selector.listSegments(), Place.named("order.a-reverse"),
        r -> -r.received().getEpochSecond()));
    Plan plan = mixed().plan(statesFirst(), reverse);
    assertThat(Trial.order(plan, "floor")).containsExactly("SP4", "NGO2", "SP3", "OBS1", "SP2", "SP1", "NGO1");
    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("order.a-reverse");
          assertThat(f.related()).containsExactly("order.states-first");
          assertThat(f.message().english()).isEqualTo("rule order.a-reverse and rule order.states-first both "
              + "order the speakers of “Floor”, and no place says which comes first: rule order.a-reverse "
              + "applies first.");
        });
  }

  @Test
  void anAlternationGivesGroupsTurnsWithinTheOrderOfTheWeakerKeys() {
    Rule alternate = rule("order.alternate", d -> d.alternate(Selector.listSegments(), Place.before(Floors.STATES_FIRST),
        r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "other")));
    Plan plan = mixed().plan(statesFirst(), alternate);
    assertThat(Trial.order(plan, "floor")).containsExactly("SP1", "NGO1", "SP2", "OBS1", "SP3", "NGO2", "SP4");
    assertThat(plan.errors()).isEmpty();
    Rule twoForOne = rule("order.alternate", d -> d.alternate(Selector.listSegments(), Place.before(Floors.STATES_FIRST),
        r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "sp", "other")));
    assertThat(Trial.order(mixed().plan(statesFirst(), twoForOne), "floor"))
        .containsExactly("SP1", "SP2", "NGO1", "SP3", "SP4", "OBS1", "NGO2");
    Rule onlyStates = rule("order.alternate", d -> d.alternate(Selector.listSegments(), Place.before(Floors.STATES_FIRST),
        r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : r.constituency().id(), List.of("sp")));
    assertThat(Trial.order(mixed().plan(onlyStates), "floor"))
        .containsExactly("SP1", "SP2", "SP3", "SP4", "NGO1", "OBS1", "NGO2");
  }

  /** Those who fit still alternate, though the fit took some of a group's turns. */
  @Test
  void anAlternationIsResolvedAgainAmongThoseWhoFit() {
    Rule alternate = rule("order.alternate", d -> d.alternate(Selector.listSegments(), Place.before(Floors.STATES_FIRST),
        r -> r.constituency().equals(Constituency.STATE_PARTY) ? "sp" : "other", List.of("sp", "other")));
    Rule oneOther = rule("cap.others", d -> d.capacity(FLOOR.and(OTHERS), 1));
    Plan plan = mixed().plan(statesFirst(), alternate, oneOther);
    assertThat(Trial.order(plan, "floor")).containsExactly("SP1", "NGO1", "SP2", "SP3", "SP4");
    assertThat(Planner.of(RuleSet.of(statesFirst(), alternate, oneOther)).check(plan).errors()).isEmpty();
    Plan swapped = Plan.builder().from(plan).slots(reorder(plan, "r1", "r3")).build();
    assertThat(Planner.of(RuleSet.of(statesFirst(), alternate)).check(swapped).errors()).singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("order.alternate"));
  }

  private static List<Slot> reorder(Plan plan, String a, String b) {
    List<Slot> slots = new java.util.ArrayList<>(plan.slots());
    int i = slots.indexOf(plan.slot(a).orElseThrow());
    int j = slots.indexOf(plan.slot(b).orElseThrow());
    java.util.Collections.swap(slots, i, j);
    return slots;
  }

  @Test
  void theShortestLimitHoldsAndNamesItsRuleEvenForTheProgramme() {
    Rule five = rule("limit.five", d -> d.limit(Selector.everywhere(), Duration.ofMinutes(5)));
    Rule two = rule("limit.two", d -> d.limit(FLOOR.and(OTHERS), Duration.ofMinutes(2)));
    Plan plan = mixed().plan(five, two);
    assertThat(plan.slot("case").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(5));
    assertThat(plan.slot("case").orElseThrow().decisions()).singleElement()
        .satisfies(d -> assertThat(d.ruleId()).isEqualTo("limit.five"));
    assertThat(plan.slot("r1").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(2));
    assertThat(Trial.decisions(plan, "NGO1")).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("limit.two");
      assertThat(d.message().in(Locale.FRENCH)).isEqualTo("Temps de parole ramené de 3 min à 2 min par règle limit.two.");
    });
    assertThat(plan.slot("r2").orElseThrow().decisions()).isEmpty();
  }

  /** Once a capacity has kept one out, the later ones wait too, even if they ask less: nobody jumps ahead. */
  @Test
  void aCapacityThatIsFullStaysFullForThoseAfter() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(7), Fit.waitList()));
    Plan plan = Trial.sample().request("A", Constituency.STATE_PARTY, Duration.ofMinutes(3))
        .request("B", Constituency.STATE_PARTY, Duration.ofMinutes(5))
        .request("C", Constituency.STATE_PARTY, Duration.ofMinutes(1)).plan(room);
    assertThat(Trial.order(plan, "floor")).containsExactly("A");
    assertThat(Trial.waiting(plan)).containsExactly("B", "C");
  }

  @Test
  void aCapacityThatOnlyShortensKeepsEveryoneAndReportsWhatItCannotFit() {
    Rule squeeze = rule("squeeze", d -> d.capacity(FLOOR, Duration.ofMinutes(9),
        Fit.shorten(Duration.ofMinutes(2))));
    Plan fits = mixed().plan(squeeze);
    assertThat(fits.waitingList()).isEmpty();
    assertThat(fits.slots("floor")).allSatisfy(s -> assertThat(s.allotted()).isEqualTo(Duration.ofMinutes(2)));
    assertThat(fits.errors()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("Time taken in “Floor”: 14 min, 5 min over the 9 min it has."));
  }

  @Test
  void aReserveHoldsTimeForItsGroupAndGivesBackWhatItDoesNotUse() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(12), Fit.waitList()));
    Rule reserve = rule("reserve", d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(6)));
    Plan plan = mixed().plan(statesFirst(), room, reserve);
    assertThat(Trial.order(plan, "floor")).containsExactly("SP1", "SP2", "NGO1", "OBS1");
    assertThat(Trial.waiting(plan)).containsExactly("SP3", "SP4", "NGO2");
    assertThat(Trial.decisions(plan, "SP3")).last().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("reserve");
      assertThat(d.message().english()).isEqualTo("Wait-listed by rule reserve: what is left is held for "
          + "observer States, international organisations and civil society in “Floor”.");
    });
    assertThat(Trial.decisions(plan, "NGO1")).extracting(Decision::kind)
        .containsExactly(Decision.Kind.ORDERED, Decision.Kind.KEPT);
    assertThat(Trial.decisions(plan, "NGO2")).last().satisfies(d -> assertThat(d.ruleId()).isEqualTo("room"));
    assertThat(plan.errors()).isEmpty();
    Plan fewOthers = Trial.sample().request("SP1", Constituency.STATE_PARTY)
        .request("SP2", Constituency.STATE_PARTY).request("SP3", Constituency.STATE_PARTY)
        .request("NGO1", Constituency.CIVIL_SOCIETY).plan(statesFirst(), room, reserve);
    assertThat(Trial.order(fewOthers, "floor")).as("an unused reserve goes back to the others")
        .containsExactly("SP1", "SP2", "SP3", "NGO1");
    assertThat(Trial.decisions(fewOthers, "NGO1")).extracting(Decision::kind)
        .containsExactly(Decision.Kind.ORDERED);
  }

  @Test
  void aReserveOfPlacesHoldsTheTimeOfThatManySpeakers() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(15), Fit.waitList()));
    Rule reserve = rule("reserve", d -> d.reserve(FLOOR.and(OTHERS), 2));
    Plan plan = mixed().plan(statesFirst(), room, reserve);
    assertThat(Trial.order(plan, "floor")).containsExactly("SP1", "SP2", "SP3", "NGO1", "OBS1");
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals("reserve")).singleElement()
        .satisfies(f -> assertThat(f.message().english()).isEqualTo("Of the 2 places held for observer States, "
            + "international organisations and civil society in “Floor”, 2 are used."));
  }

  @Test
  void aHandEditedPlanThatIgnoresTheReserveIsAnError() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(12), Fit.waitList()));
    Rule reserve = rule("reserve", d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(6)));
    Plan without = mixed().plan(statesFirst(), room);
    assertThat(Trial.order(without, "floor")).containsExactly("SP1", "SP2", "SP3", "SP4");
    Plan checked = Planner.of(RuleSet.of(statesFirst(), room, reserve)).check(without);
    assertThat(checked.errors()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("reserve");
      assertThat(f.message().english()).isEqualTo("Delegation NGO1 waits, though the time held for observer "
          + "States, international organisations and civil society in “Floor” still has room (6 min).");
    });
  }

  @Test
  void aReserveLargerThanItsCapacityIsAWarningNamingBothRules() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(5), Fit.waitList()));
    Rule reserve = rule("reserve", d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(9)));
    Plan plan = mixed().plan(room, reserve);
    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("reserve");
          assertThat(f.related()).containsExactly("room");
          assertThat(f.message().english()).isEqualTo("rule reserve: 9 min held for observer States, "
              + "international organisations and civil society in “Floor”, more than the 5 min left by rule room.");
        });
  }

  @Test
  void aCapOnAGroupInTimeKeepsTheLastOfItWaiting() {
    Rule cap = rule("cap", d -> d.capacity(FLOOR.and(Selector.constituencies(Constituency.CIVIL_SOCIETY)),
        Duration.ofMinutes(4), Fit.waitList()));
    Plan plan = mixed().plan(cap);
    assertThat(Trial.waiting(plan)).containsExactly("NGO2");
    assertThat(Trial.decisions(plan, "NGO2")).singleElement().satisfies(d -> assertThat(d.message().english())
        .isEqualTo("Wait-listed by rule cap: not enough time left in civil society in “Floor” (4 min)."));
  }

  @Test
  void aSelectorNamingAnUnknownSegmentIsAWarning() {
    Plan plan = mixed().plan(rule("limit.attic", d -> d.limit(Selector.segments("attic"), Duration.ofMinutes(1))));
    assertThat(plan.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject()).isEqualTo("attic");
      assertThat(f.message().in(Locale.FRENCH)).isEqualTo("La règle mentionne le segment « attic », qui "
          + "n'existe pas dans la séance (ses segments : opening, briefing, floor).");
    });
  }

  /**
   * A rule that declares one capacity of places for each regional group counts, for each group, only
   * the speakers that group's capacity keeps out: Italy waits in WEOG's, and Africa's has no one
   * waiting. The planner's line and a check's say the same.
   */
  @Test
  void aCapacityForEachGroupCountsOnlyThoseItKeepsOut() {
    List<String> africa = List.of("NGA", "KEN");
    List<String> weog = List.of("FRA", "DEU", "ITA");
    Rule regions = rule("capacity.regions", d -> {
      d.capacity(FLOOR.and(Selector.where(LocalizedText.of("Africa"), s -> africa.contains(s.voice().id()))), 2);
      d.capacity(FLOOR.and(Selector.where(LocalizedText.of("WEOG"), s -> weog.contains(s.voice().id()))), 2);
    });
    Plan plan = Trial.sample().request("NGA", Constituency.STATE_PARTY).request("FRA", Constituency.STATE_PARTY)
        .request("DEU", Constituency.STATE_PARTY).request("ITA", Constituency.STATE_PARTY).plan(regions);

    assertThat(Trial.waiting(plan)).containsExactly("ITA");
    String line = "Places taken in Africa in “Floor”: 1 of 2. Places taken in WEOG in “Floor”: 2 of 2; one "
        + "speaker waits for lack of a place.";
    assertThat(plan.findings()).singleElement().satisfies(f -> assertThat(f.message().english()).isEqualTo(line));
    assertThat(Planner.of(RuleSet.of(regions)).check(plan).findings()).singleElement()
        .satisfies(f -> assertThat(f.message().english()).isEqualTo(line));
  }

  /**
   * A reserve of time holds, in order, for each of its group whose time fits in what is left: one too
   * long for it is passed over, and the time still goes to a shorter one after it, not to the others.
   */
  @Test
  void aReservePassesOverAStatementTooLongForWhatItHasLeft() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(9), Fit.waitList()));
    Rule reserve = rule("reserve", d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(6)));
    Plan plan = Trial.sample().request("NGO1", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(4))
        .request("SP1", Constituency.STATE_PARTY, Duration.ofMinutes(5))
        .request("OBS1", Constituency.OBSERVER_STATE, Duration.ofMinutes(5))
        .request("NGO2", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(2))
        .plan(room, reserve);

    assertThat(Trial.order(plan, "floor")).containsExactly("NGO1", "NGO2");
    assertThat(Trial.waiting(plan)).containsExactly("SP1", "OBS1");
    assertThat(Trial.decisions(plan, "SP1")).last().satisfies(d -> assertThat(d.ruleId()).isEqualTo("reserve"));
    assertThat(Planner.of(RuleSet.of(room, reserve)).check(plan).errors()).isEmpty();
  }

  /** A reserve holds for the rest of its group after a speaker of it, never against that speaker. */
  @Test
  void aReserveNeverHoldsAgainstASpeakerOfItsOwnGroup() {
    Rule room = rule("room", d -> d.capacity(FLOOR, Duration.ofMinutes(10), Fit.waitList()));
    Rule reserve = rule("reserve", d -> d.reserve(FLOOR.and(OTHERS), 3));
    Plan plan = Trial.sample().request("NGO1", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(2))
        .request("OBS1", Constituency.OBSERVER_STATE, Duration.ofMinutes(5))
        .request("NGO2", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(5))
        .plan(room, reserve);

    assertThat(Trial.order(plan, "floor")).containsExactly("NGO1", "OBS1");
    assertThat(Trial.decisions(plan, "NGO2")).last().satisfies(d -> assertThat(d.ruleId()).isEqualTo("room"));
    assertThat(Planner.of(RuleSet.of(room, reserve)).check(plan).errors()).isEmpty();
  }
}
