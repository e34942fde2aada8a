package org.plenary.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.core.testing.PlenaryAssertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.text.LocalizedText;

/** The kit's AssertJ assertions: what passes, and each failure's message, word for word. */
class PlenaryAssertionsTest {

  private static final Rule ONE_PLACE = Rule.of("test.one", LocalizedText.of("one place", "une place"),
      LocalizedText.of("test"), d -> d.capacity(Selector.segments("floor"), 1));
  private static final Rule LIMIT = Rule.of("test.limit", LocalizedText.of("the two-minute limit"),
      LocalizedText.of("test"), d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(2)));

  /** The sample (15:00, 90 min, Test hall): opening 15:00–15:05, briefing to 15:30, then FRA, CICC, BRA. */
  private final Trial trial = Trial.sample().request("FRA", Constituency.STATE_PARTY)
      .request("CICC", Constituency.CIVIL_SOCIETY).request("BRA", Constituency.STATE_PARTY);
  private final Plan plan = trial.plan();
  /** FRA 15:30–15:55, CICC to 16:20, BRA 16:20–16:45: a quarter of an hour past the hard end, 16:30. */
  private final Plan long_ = Trial.sample().request("FRA", Constituency.STATE_PARTY, Duration.ofMinutes(25))
      .request("CICC", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(25))
      .request("BRA", Constituency.STATE_PARTY, Duration.ofMinutes(25)).plan();

  private static String failure(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("the assertion passed");
  }

  @Test
  void whatHoldsPasses() {
    assertThat(plan).hasNoErrors().keepsItsBudget().endsBy(LocalTime.of(15, 39)).startsAt(LocalTime.of(15, 0))
        .leavesAtLeast(Duration.ofMinutes(51))
        .gives("CICC").theFloor().gives("BRA").theFloorIn("floor").gives("FRA").atLeast(Duration.ofMinutes(3))
        .places("FRA").first().places("BRA").at(3).places("FRA").before("BRA").places("chair").first();
    assertThat(trial.plan(ONE_PLACE)).waits("CICC").because("test.one").waits("BRA").forAnyReason();
    assertThat(plan.timetable()).endsBy(LocalTime.of(15, 39)).keepsItsBudget().gives("FRA").theFloor();
  }

  @Test
  void anEndTooLateSaysWhenWhereAndWho() {
    Assertions.assertThat(failure(() -> assertThat(long_).endsBy(LocalTime.of(16, 30)))).isEqualTo(
        "expected the plenary to end by 16:30 (Test hall time) but it ends at 16:45, 15 min late; 16:30 falls in "
            + "“Floor”, during Delegation BRA (16:20–16:45); last speaker: Delegation BRA in “Floor”, 16:20–16:45");
    Assertions.assertThat(failure(() -> assertThat(long_.timetable()).endsBy(LocalTime.of(16, 0)))).isEqualTo(
        "expected the plenary to end by 16:00 (Test hall time) but it ends at 16:45, 45 min late; 16:00 falls in "
            + "“Floor”, during Delegation CICC (15:55–16:20); last speaker: Delegation BRA in “Floor”, 16:20–16:45");
    Assertions.assertThat(failure(() -> assertThat(plan).startsAt(LocalTime.of(10, 0)))).isEqualTo(
        "expected the plenary to start at 10:00 (Test hall time) but it starts at 15:00, as the plenary says");
  }

  @Test
  void anOverrunNamesTheBudgetTheHardEndAndTheSegmentsOverTheirAllotment() {
    Assertions.assertThat(failure(() -> assertThat(long_).keepsItsBudget())).isEqualTo(
        "expected the plenary to keep its budget of 1 h 30 min but it takes 1 h 45 min, 15 min over: it ends at "
            + "16:45 (Test hall time), after its hard end at 16:30; 16:30 falls in “Floor”, during Delegation BRA "
            + "(16:20–16:45); last speaker: Delegation BRA in “Floor”, 16:20–16:45");
    Plenary p = Sample.plenary();
    Plenary allotted = Plenary.builder().from(p).segments(List.of(p.segments().get(0), p.segments().get(1),
        Segment.builder().from(p.requiredSegment("floor")).allotment(Duration.ofMinutes(30)).build())).build();
    Plan over = Trial.of(allotted).requests(long_.slots("floor").stream().map(s -> s.request().orElseThrow())
        .toList()).plan();
    Assertions.assertThat(failure(() -> assertThat(over.timetable()).keepsItsBudget())).isEqualTo(
        "expected the plenary to keep its budget of 1 h 30 min but it takes 1 h 45 min, 15 min over: it ends at "
            + "16:45 (Test hall time), after its hard end at 16:30; “Floor” overruns its 30 min by 45 min; "
            + "last speaker: Delegation BRA in “Floor”, 16:20–16:45");
    Assertions.assertThat(failure(() -> assertThat(plan).leavesAtLeast(Duration.ofMinutes(52)))).isEqualTo(
        "expected the plenary to leave at least 52 min of its 1 h 30 min but it leaves 51 min: it ends at 15:39 "
            + "(Test hall time); 15:38 falls in “Floor”, during Delegation BRA (15:36–15:39); last speaker: "
            + "Delegation BRA in “Floor”, 15:36–15:39");
  }

  @Test
  void aLimitInAGapNamesWhoSpeaksFirstAfterItAndAnOverrunSaysBySoMuch() {
    Plenary p = Sample.plenary();
    Plenary gap = Plenary.builder().from(p).segments(List.of(p.segments().get(0), p.segments().get(1),
        Segment.builder().from(p.requiredSegment("floor")).gapBefore(Duration.ofMinutes(1)).build())).build();
    Plan withGap = Trial.of(gap).request("FRA", Constituency.STATE_PARTY).plan();
    Assertions.assertThat(failure(() -> assertThat(withGap).endsBy(LocalTime.of(15, 30)))).isEqualTo(
        "expected the plenary to end by 15:30 (Test hall time) but it ends at 15:34, 4 min late; the first to "
            + "speak after 15:30 is Delegation FRA in “Floor”, from 15:31; last speaker: Delegation FRA in "
            + "“Floor”, 15:31–15:34");
    Assertions.assertThat(failure(() -> assertThat(long_).leavesAtLeast(Duration.ofMinutes(1)))).isEqualTo(
        "expected the plenary to leave at least 1 min of its 1 h 30 min but it overruns it by 15 min: it ends at "
            + "16:45 (Test hall time); 16:29 falls in “Floor”, during Delegation BRA (16:20–16:45); last speaker: "
            + "Delegation BRA in “Floor”, 16:20–16:45");
  }

  @Test
  void aRefusedDelegationIsSaidToBeRefused() {
    Rule refuse = Rule.of("test.refuse", LocalizedText.of("the refusal"), LocalizedText.of("test"),
        d -> d.admit(Selector.listSegments(), r -> r.speaker().delegation().id().equals("CICC")
            ? org.plenary.core.rule.Declarations.Verdict.refuse(LocalizedText.of("not today")) : org.plenary.core.rule.Declarations.Verdict.admit()));
    Plan refused = trial.plan(refuse);
    Assertions.assertThat(failure(() -> assertThat(refused).gives("CICC").atLeast(Duration.ofMinutes(1))))
        .isEqualTo("expected the plan to give Delegation CICC (CICC) at least 1 min but it is refused, 1st on the "
            + "waiting list, because of the refusal (test.refuse): " + refused.waitingList().get(0).decidedBy().message().english());
    Assertions.assertThat(refused.waitingList().get(0).decidedBy().message().english()).contains("not today");
    assertThat(refused).waits("CICC").because("test.refuse").places("BRA").at(2);
  }

  @Test
  void errorsAreListedAsReadersReadThem() {
    Plan wrong = Plan.builder().from(plan).findings(List.of(
        Finding.builder().ruleId("test.budget").severity(Severity.ERROR)
        .subject("plan").message(LocalizedText.of("It ends late.", "Elle finit tard."))
        .reason(LocalizedText.of("the note")).build(),
        Finding.builder().ruleId("test.budget").severity(Severity.WARNING).subject("plan")
            .message(LocalizedText.of("Tight.")).reason(LocalizedText.of("the note")).build())).build();
    Assertions.assertThat(failure(() -> assertThat(wrong).hasNoErrors())).isEqualTo(
        "expected the plan to have no error but it has 1:\n- error: It ends late. (because: the note)");
  }

  @Test
  void aDelegationThatDoesNotSpeakSaysWhyOrWhoDoes() {
    Plan one = trial.plan(ONE_PLACE);
    Assertions.assertThat(failure(() -> assertThat(one).gives("CICC").theFloor())).isEqualTo(
        "expected the plan to give the floor to Delegation CICC (CICC) but it waits, 1st on the waiting list, "
            + "because of one place (test.one): Wait-listed by one place: no place left in “Floor” (one place).");
    Assertions.assertThat(failure(() -> assertThat(one).gives("NAR").theFloor())).isEqualTo(
        "expected the plan to give the floor to 'NAR' but no delegation of id 'NAR' speaks or waits in the plan; "
            + "those that do: chair, body, S1, FRA, CICC, BRA");
    Assertions.assertThat(failure(() -> assertThat(one).gives("FRA").theFloorIn("opening"))).isEqualTo(
        "expected the plan to give the floor to Delegation FRA (FRA) in “Opening” but it speaks 1st in “Floor”, "
            + "15:30–15:33");
    Assertions.assertThat(failure(() -> assertThat(trial.plan(LIMIT)).gives("FRA").atLeast(Duration.ofMinutes(3))))
        .isEqualTo("expected the plan to give Delegation FRA (FRA) at least 3 min but it gives 2 min of the 3 min "
            + "asked, 1st in “Floor”, 15:30–15:32; Cut from 3 min to 2 min by the two-minute limit.");
  }

  @Test
  void aDelegationThatDoesNotWaitOrWaitsForAnotherReasonSaysSo() {
    Plan one = trial.plan(ONE_PLACE);
    Assertions.assertThat(failure(() -> assertThat(one).waits("FRA").because("test.one"))).isEqualTo(
        "expected Delegation FRA (FRA) to wait because of one place (test.one) but it speaks 1st in “Floor”, "
            + "15:30–15:33");
    Assertions.assertThat(failure(() -> assertThat(one).waits("CICC").because("deadline.registration")))
        .isEqualTo("expected Delegation CICC (CICC) to wait because of deadline.registration but it waits because of "
            + "one place (test.one): Wait-listed by one place: no place left in “Floor” (one place).");
    Assertions.assertThat(failure(() -> assertThat(plan).waits("NAR").forAnyReason())).isEqualTo(
        "expected 'NAR' to wait but no delegation of id 'NAR' speaks or waits in the plan; those that do: chair, "
            + "body, S1, FRA, CICC, BRA");
  }

  @Test
  void aPlaceSaysWhereTheDelegationSpeaksAndWhoComesFirst() {
    Assertions.assertThat(failure(() -> assertThat(plan).places("BRA").first())).isEqualTo(
        "expected Delegation BRA (BRA) to speak 1st in “Floor” but it speaks 3rd, after Delegation FRA and "
            + "Delegation CICC");
    Assertions.assertThat(failure(() -> assertThat(plan).places("BRA").before("FRA"))).isEqualTo(
        "expected Delegation BRA (BRA) to speak before Delegation FRA (FRA) but it speaks 3rd in “Floor”, "
            + "15:36–15:39, and Delegation FRA 1st in “Floor”, 15:30–15:33");
    Assertions.assertThat(failure(() -> assertThat(trial.plan(ONE_PLACE)).places("CICC").at(2))).isEqualTo(
        "expected Delegation CICC (CICC) to speak 2nd but it waits, 1st on the waiting list, because of one place "
            + "(test.one): Wait-listed by one place: no place left in “Floor” (one place).");
    assertThatThrownBy(() -> assertThat(plan).places("BRA").at(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("place (0) must be 1 or more");
  }

  @Test
  void aSittingSaysWhenItIsProjectedToEndAndWhoHasTheFloor() {
    TestClock clock = TestClock.at(plan.plenary().startInstant());
    Sitting sitting = Sitting.start(plan, RuleSet.of(), clock);
    sitting.began("open");
    clock.advance(Duration.ofMinutes(60));
    Assertions.assertThat(failure(() -> assertThat(sitting).keepsItsBudget())).isEqualTo(
        "expected the sitting to end by its hard end, 16:30 (Test hall time), but at 16:00 it is projected to end "
            + "at 16:34, 4 min over; Delegation chair has the floor, 55 min over their time; 5 interventions to "
            + "come, the last Delegation BRA in “Floor”; a re-plan fits what remains to the hard end");
    Assertions.assertThat(failure(() -> assertThat(sitting).endsBy(LocalTime.of(16, 0)))).isEqualTo(
        "expected the sitting to end by 16:00 (Test hall time) but at 16:00 it is projected to end at 16:34, "
            + "34 min late; Delegation chair has the floor, 55 min over their time; 5 interventions to come, the "
            + "last Delegation BRA in “Floor”");
    assertThat(sitting).hasNoErrors().endsBy(LocalTime.of(16, 34)).gives("CICC").theFloor().places("BRA").at(3);
    TestClock early = TestClock.at(long_.plenary().startInstant());
    Sitting over = Sitting.start(long_, RuleSet.of(), early);
    over.began("open");
    early.advance(Duration.ofMinutes(2));
    Assertions.assertThat(failure(() -> assertThat(over).keepsItsBudget())).isEqualTo(
        "expected the sitting to end by its hard end, 16:30 (Test hall time), but at 15:02 it is projected to end "
            + "at 16:45, 15 min over; Delegation chair has the floor, 3 min left; 5 interventions to come, the last "
            + "Delegation BRA in “Floor”; a re-plan fits what remains to the hard end");
    Assertions.assertThat(failure(() -> assertThat(sitting).gives("NAR").theFloor())).startsWith(
        "expected the sitting to give the floor to 'NAR' but no delegation of id 'NAR'");
  }

  @Test
  void softAssertionsCollectEveryFailureFollowUpsIncluded() {
    PlenarySoftAssertions softly = new PlenarySoftAssertions();
    softly.assertThat(long_).endsBy(LocalTime.of(16, 30)).gives("NAR").theFloor().places("BRA").first()
        .keepsItsBudget();
    softly.assertThat(long_.timetable()).waits("FRA").because("test.one");
    softly.assertThat(plan).hasNoErrors().gives("CICC").theFloor();
    Assertions.assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).hasSize(5)
        .satisfiesExactly(
            m -> Assertions.assertThat(m).startsWith("expected the plenary to end by 16:30"),
            m -> Assertions.assertThat(m).startsWith("expected the plan to give the floor to 'NAR'"),
            m -> Assertions.assertThat(m).startsWith("expected Delegation BRA (BRA) to speak 1st"),
            m -> Assertions.assertThat(m).startsWith("expected the plenary to keep its budget"),
            m -> Assertions.assertThat(m).startsWith("expected Delegation FRA (FRA) to wait because of test.one"));
    assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (5 failures)");
    assertThatThrownBy(() -> PlenarySoftAssertions.assertSoftly(s -> {
      s.assertThat(long_).keepsItsBudget();
      s.assertThat(plan).places("BRA").first();
    })).hasMessageContaining("Multiple Failures (2 failures)");
  }

  /** One's own soft assertions: AssertJ's and the plenary's in one object. */
  static final class Softly extends SoftAssertions implements PlenarySoftAssertionsProvider {}

  @Test
  void mixesIntoOnesOwnSoftAssertionsAndKeepsADescription() {
    Softly softly = new Softly();
    softly.assertThat("x").isEqualTo("y");
    softly.assertThat(long_).as("ASP18").keepsItsBudget();
    softly.assertThat((Sitting) null).gives("FRA").theFloor();
    Assertions.assertThat(softly.errorsCollected()).hasSize(3);
    Assertions.assertThat(softly.errorsCollected().get(1).getMessage()).startsWith("[ASP18] expected the plenary");
    Assertions.assertThat(softly.errorsCollected().get(2).getMessage()).contains("Expecting actual not to be null");
    Assertions.assertThat(failure(() -> assertThat(plan).as("floor").gives("NAR").theFloor()))
        .startsWith("[floor] expected the plan to give the floor to 'NAR'");
    Assertions.assertThat(failure(() -> assertThat((Plan) null).hasNoErrors())).contains("Expecting actual not to be null");
    Assertions.assertThat(failure(() -> assertThat((Timetable) null).gives("FRA").theFloor()))
        .contains("Expecting actual not to be null");
  }

  @Test
  void theKitKeepsToTwelvePublicTypes() {
    List<String> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.plenary.core.testing").stream()
        .filter(c -> c.getPackageName().equals("org.plenary.core.testing"))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)).map(JavaClass::getSimpleName).sorted().toList();
    Assertions.assertThat(types).containsExactly("FloorAssertion", "PlaceAssertion", "PlanAssert",
        "PlenaryAssertions", "PlenarySoftAssertions", "PlenarySoftAssertionsProvider", "Sample", "SittingAssert",
        "TestClock", "TimetableAssert", "Trial", "WaitingAssertion");
  }
}
