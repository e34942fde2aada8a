package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.core.planner.Floors.FLOOR;
import static org.plenary.core.planner.Floors.OTHERS;
import static org.plenary.core.planner.Floors.mixed;
import static org.plenary.core.planner.Floors.rule;
import static org.plenary.core.planner.Floors.statesFirst;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/**
 * What the check says of a plan, planned or edited by hand: each kind of declaration counted when it
 * holds, and named with the speaker and the figures when an edit breaks it.
 */
class CheckingTest {

  /** {@code plan} with the waiting entry {@code id} listed at the end of its segment, as an editor might. */
  private static Plan listed(Plan plan, String id) {
    WaitingEntry w = plan.waitingList().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    List<WaitingEntry> waiting = new ArrayList<>(plan.waitingList());
    waiting.remove(w);
    List<Slot> slots = new ArrayList<>(plan.slots());
    slots.add(Slot.of(w.segment(), w.intervention(), w.intervention().duration(), w.request(), List.of()));
    return Plan.builder().from(plan).waitingList(waiting).slots(slots).build();
  }

  /** {@code plan} with the floor's slots in the order of {@code ids}. */
  private static Plan floorInOrder(Plan plan, String... ids) {
    List<Slot> slots = new ArrayList<>();
    plan.slots().stream().filter(s -> !s.segment().equals("floor")).forEach(slots::add);
    for (String id : ids) {
      slots.add(plan.slot(id).orElseThrow());
    }
    return Plan.builder().from(plan).slots(slots).build();
  }

  /** {@code plan} with {@code id}'s allotment changed by hand. */
  private static Plan withAllotted(Plan plan, String id, Duration allotted) {
    List<Slot> slots = new ArrayList<>();
    for (Slot s : plan.slots()) {
      slots.add(s.id().equals(id) ? Slot.of(s.segment(), s.intervention(), allotted, s.request(), s.decisions()) : s);
    }
    return Plan.builder().from(plan).slots(slots).build();
  }

  /** {@code plan} with the slot of {@code entry} moved to the waiting list by hand, as {@code entry} says. */
  private static Plan withoutSlot(Plan plan, WaitingEntry entry) {
    List<Slot> slots = new ArrayList<>(plan.slots());
    slots.removeIf(s -> s.id().equals(entry.id()));
    return Plan.builder().from(plan).slots(slots).addWaitingList(entry).build();
  }

  private static List<String> messages(Plan plan, Severity severity) {
    return plan.findings().stream().filter(f -> f.severity() == severity)
        .map(f -> f.ruleId() + " " + f.subject() + ": " + f.message().english()).toList();
  }

  @Test
  void admissionsAreCountedAndASpeakerListedAgainstThemIsAnError() {
    Rule admit = rule("admit.test", d -> d.admit(FLOOR, r -> switch (r.id()) {
      case "r2" -> Verdict.admitLate(LocalizedText.of("received late"));
      case "r3" -> Verdict.refuse(LocalizedText.of("not eligible"));
      case "r4" -> Verdict.waitList(LocalizedText.of("no badge"));
      default -> Verdict.admit();
    }));
    Plan plan = mixed().plan(admit);

    assertThat(messages(plan, Severity.INFO)).containsExactly("admit.test plan: 7 requests checked: one "
        + "admitted after the others, one to wait, one refused.");

    Plan edited = Planner.of(RuleSet.of(admit)).check(listed(listed(plan, "r3"), "r4"));
    assertThat(messages(edited, Severity.ERROR)).containsExactly(
        "admit.test r3: Delegation SP2 is on the list, although: not eligible",
        "admit.test r3: Delegation SP2 speaks after Delegation SP1 in “Floor”, against rule admit.test "
            + "(one speaker out of place).",
        "admit.test r4: Delegation OBS1 is on the list, although: no badge");
    assertThat(edited.errors().get(0).suggestion()).hasValueSatisfying(s -> assertThat(s.english())
        .isEqualTo("Plan again, or take the speaker off the list."));
    assertThat(messages(edited, Severity.INFO)).isEmpty();
  }

  @Test
  void oneStatementPerDelegationIsCountedAndASecondListedIsAnError() {
    Rule once = rule("order.once", d -> d.onePer(Selector.listSegments(), s -> s.voice().id()));
    Plan plan = mixed().request("SP1", Constituency.STATE_PARTY).plan(once);

    assertThat(Trial.waiting(plan)).containsExactly("SP1");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("r8");
    assertThat(messages(plan, Severity.INFO))
        .containsExactly("order.once plan: 7 speakers checked: none speaks twice in a segment.");

    Plan edited = Planner.of(RuleSet.of(once)).check(listed(plan, "r8"));
    assertThat(messages(edited, Severity.ERROR))
        .containsExactly("order.once r8: Delegation SP1 speaks twice in “Floor”.");
  }

  @Test
  void anOrderBrokenByAnEditNamesTheFirstSpeakerOutOfPlaceAndCountsThem() {
    Plan plan = mixed().plan(statesFirst());
    assertThat(messages(plan, Severity.INFO))
        .containsExactly("order.states-first plan: 7 speakers from the list checked: all in order.");

    Plan edited = Planner.of(RuleSet.of(statesFirst()))
        .check(floorInOrder(plan, "r2", "r1", "r3", "r4", "r6", "r5", "r7"));

    assertThat(messages(edited, Severity.ERROR)).containsExactly("order.states-first r3: Delegation SP2 "
        + "speaks after Delegation NGO1 in “Floor”, against rule order.states-first (2 speakers out of place).");
    assertThat(edited.errors().get(0).suggestion().orElseThrow().in(Locale.FRENCH)).isNotBlank();
  }

  @Test
  void aLateSpeakerMovedUpIsAnErrorOfTheRuleThatAdmittedItLate() {
    Rule late = rule("admit.late", d -> d.admit(FLOOR, r -> r.id().equals("r5")
        ? Verdict.admitLate(LocalizedText.of("received late")) : Verdict.admit()));
    Plan plan = mixed().plan(late, statesFirst());
    assertThat(Trial.order(plan, "floor")).containsExactly("SP1", "SP2", "SP4", "NGO1", "OBS1", "NGO2", "SP3");

    Plan edited = Planner.of(RuleSet.of(late, statesFirst()))
        .check(floorInOrder(plan, "r5", "r2", "r3", "r7", "r1", "r4", "r6"));

    assertThat(messages(edited, Severity.ERROR)).containsExactly("admit.late r2: Delegation SP1 speaks after "
        + "Delegation SP3 in “Floor”, against rule admit.late (one speaker out of place).");
  }

  @Test
  void twoRulesOrderingAtOnePriorityAreToldWhichAppliesFirst() {
    Rule byName = rule("order.by-name", d -> d.order(FLOOR, Place.named("order.by-name"),
        r -> r.voice().id().hashCode()));

    Plan plan = mixed().plan(statesFirst(), byName);

    assertThat(messages(plan, Severity.WARNING)).containsExactly("order.by-name floor: rule order.by-name "
        + "and rule order.states-first both order the speakers of “Floor”, and no place says which comes "
        + "first: rule order.by-name applies first.");
    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> assertThat(f.related()).containsExactly("order.states-first"));
  }

  @Test
  void fixedPlacesAreCountedAndEveryWayTheyCannotHoldIsSaid() {
    Rule first = rule("pin.first", d -> d.pin("r2", 1));
    Rule again = rule("pin.again", d -> d.pin("r2", 2));
    Rule same = rule("pin.same", d -> d.pin("r4", 2));
    Rule ghost = rule("pin.ghost", d -> d.pin("r99", 1));
    Rule refuse = rule("admit.refuse", d -> d.admit(FLOOR, r -> r.id().equals("r3")
        ? Verdict.refuse(LocalizedText.of("not eligible")) : Verdict.admit()));
    Rule kept = rule("pin.kept-out", d -> d.pin("r3", 1));

    Plan plan = mixed().plan(first, again, same, ghost, refuse, kept);

    assertThat(Trial.order(plan, "floor")).containsExactly("NGO1", "SP1", "OBS1", "SP3", "NGO2", "SP4");
    assertThat(messages(plan, Severity.WARNING)).containsExactly(
        "pin.again floor: rule pin.again and rule pin.same both give place 2 in “Floor”: Delegation SP1 "
            + "takes it, Delegation OBS1 follows.",
        "pin.again r2: rule pin.again and rule pin.first both give Delegation SP1 a fixed place: that of "
            + "rule pin.again applies.",
        "pin.kept-out r3: The fixed place set by rule pin.kept-out for Delegation SP2 cannot hold: rule "
            + "admit.refuse keeps it off the list.",
        "pin.ghost r99: 'r99' has a fixed place, but is neither in the plan nor on the waiting list.");
    assertThat(messages(plan, Severity.INFO)).contains(
        "pin.again plan: One fixed place checked: it is kept.");
  }

  @Test
  void aPinnedSpeakerMovedByAnEditIsAnErrorWithBothPlaces() {
    Rule pin = rule("pin.first", d -> d.pin("r6", 1));
    Plan plan = mixed().plan(pin);
    assertThat(Trial.order(plan, "floor")).startsWith("NGO2", "NGO1");

    Plan edited = Planner.of(RuleSet.of(pin)).check(floorInOrder(plan, "r1", "r2", "r6", "r3", "r4", "r5", "r7"));

    assertThat(messages(edited, Severity.ERROR)).containsExactly(
        "pin.first r6: Delegation NGO2 should speak 1st in “Floor”, but speaks 3rd.");
  }

  @Test
  void limitsCountWhomTheyCutAndAnAllotmentOverTheShortestIsAnError() {
    Rule two = rule("limit.two", d -> d.limit(FLOOR, Duration.ofMinutes(2)));
    Rule four = rule("limit.four", d -> d.limit(Selector.everywhere(), Duration.ofMinutes(4)));
    Plan plan = mixed().plan(two, four);

    assertThat(messages(plan, Severity.INFO)).containsExactly(
        "limit.four plan: 10 speeches checked against the limit: all are within it (3 shortened to fit).",
        "limit.two plan: 7 speeches checked against the limit: all are within it (7 shortened to fit).");

    Plan edited = Planner.of(RuleSet.of(two, four)).check(withAllotted(plan, "r1", Duration.ofMinutes(3)));
    assertThat(messages(edited, Severity.ERROR)).containsExactly(
        "limit.two r1: Delegation NGO1 is allotted 3 min, 1 min over the limit of 2 min.");
  }

  @Test
  void aCapacityOfTimeCountsWhoWaitsAndAnEditOverItIsAnError() {
    Rule ten = rule("capacity.ten", d -> d.capacity(FLOOR, Duration.ofMinutes(10), Fit.waitList()));
    Plan plan = mixed().plan(ten);

    assertThat(messages(plan, Severity.INFO)).containsExactly(
        "capacity.ten plan: Time taken in “Floor”: 9 min of 10 min; 4 speakers wait for lack of time.");

    Plan edited = Planner.of(RuleSet.of(ten)).check(withAllotted(plan, "r1", Duration.ofMinutes(5)));
    assertThat(messages(edited, Severity.ERROR)).containsExactly(
        "capacity.ten floor: Time taken in “Floor”: 11 min, 1 min over the 10 min it has.");
  }

  @Test
  void aReservedPlaceLeftEmptyWhileItsGroupWaitsIsAnError() {
    Rule cap = rule("capacity.four", d -> d.capacity(FLOOR, 4));
    Rule reserve = rule("reserve.others", d -> d.reserve(FLOOR.and(OTHERS), 2));
    Plan plan = mixed().plan(cap, reserve);

    assertThat(Trial.order(plan, "floor")).containsExactly("NGO1", "SP1", "SP2", "OBS1");
    assertThat(messages(plan, Severity.INFO)).contains("reserve.others plan: Of the 2 places held for "
        + "observer States, international organisations and civil society in “Floor”, 2 are used.");

    Slot obs = plan.slot("r4").orElseThrow();
    Decision full = Decision.of(Decision.Kind.WAIT_LISTED, "capacity.four", LocalizedText.of("no place left"));
    Plan edited = listed(withoutSlot(plan, WaitingEntry.of("floor", obs.request().orElseThrow(),
        List.of(full))), "r5");

    Plan checked = Planner.of(RuleSet.of(cap, reserve)).check(edited);
    assertThat(messages(checked, Severity.ERROR)).containsExactly("reserve.others r6: Delegation NGO2 "
        + "waits, though the time held for observer States, international organisations and civil "
        + "society in “Floor” still has room (1).");
  }

  @Test
  void aReserveOfMoreTimeThanTheSittingLeavesIsAConflictOfBothRules() {
    Rule sitting = rule("capacity.sitting", d -> d.capacity(Selector.everywhere(), Duration.ofMinutes(40),
        Fit.waitList()));
    Rule reserve = rule("reserve.others", d -> d.reserve(FLOOR.and(OTHERS), Duration.ofMinutes(15)));

    Plan plan = mixed().plan(sitting, reserve);

    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("reserve.others");
          assertThat(f.related()).containsExactly("capacity.sitting");
          assertThat(f.message().english()).isEqualTo("rule reserve.others: 15 min held for observer "
              + "States, international organisations and civil society in “Floor”, more than the 10 min "
              + "left by rule capacity.sitting.");
        });
  }

  @Test
  void aRuleThatAsksNothingOrFindsNobodySaysSo() {
    Rule none = rule("rule.none", d -> { });
    Rule nobody = rule("rule.nobody", d -> d.limit(Selector.segments("floor")
        .and(Selector.constituencies(Constituency.COURT)), Duration.ofMinutes(1)));

    Plan plan = mixed().plan(none, nobody);

    assertThat(plan.findings()).extracting(Finding::ruleId, f -> f.message().english()).containsExactly(
        tuple("rule.nobody", "Nothing to check: no speech falls under the rule."),
        tuple("rule.none", "Nothing to check: the rule asks nothing of this plenary."));
  }
}
