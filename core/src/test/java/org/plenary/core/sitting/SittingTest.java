package org.plenary.core.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.core.text.LocalizedText;

class SittingTest {

  /** The sample: 15:00–16:30; 30 minutes of programme and five requests of 3 minutes. */
  private final Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), requests(5));
  private final TestClock clock = TestClock.at(Sample.plenary().startInstant());

  static List<org.plenary.core.request.RequestToSpeak> requests(int n) {
    List<org.plenary.core.request.RequestToSpeak> out = new ArrayList<>();
    for (var r : Sample.requests(n, 3)) {
      out.add(org.plenary.core.request.RequestToSpeak.builder().from(r).duration(Duration.ofMinutes(3)).build());
    }
    return out;
  }

  /** Moves the last movable speakers to the waiting list until the sitting fits. */
  static final Fit DROP_LAST = Fit.waitList();

  /** The sample with a 10-minute gap before the floor, and twelve requests of 3 minutes, one 3 min 0.25 s. */
  private static Plan withGapAndTwelve() {
    Plenary sample = Sample.plenary();
    Segment floor = Segment.builder().from(sample.segments().get(2)).gapBefore(Duration.ofMinutes(10)).build();
    Plenary withGap = Plenary.builder().from(sample)
        .segments(List.of(sample.segments().get(0), sample.segments().get(1), floor)).build();
    List<org.plenary.core.request.RequestToSpeak> twelve = new ArrayList<>(requests(12));
    twelve.set(0, org.plenary.core.request.RequestToSpeak.builder().from(twelve.get(0))
        .duration(Duration.ofMinutes(3).plusMillis(250)).build());
    return Planner.of(RuleSet.of()).plan(withGap, twelve);
  }

  /** What the sitting projects of what remains: how many, when they end, by how much over. */
  private static String told(Sitting s) {
    Moment m = s.now();
    return m.remaining().size() + " items, to end at " + m.projectedEnd().toInstant() + ", over by "
        + m.overrun();
  }

  /**
   * What the sitting projects of the rest, which a re-plan fits: every allotment still to come and
   * the gap before a segment not yet entered, to the nanosecond.
   */
  @Test
  void theProjectionCountsEveryAllotmentAndGapToCome() {
    Plan full = withGapAndTwelve();
    Instant late = full.plenary().startInstant().plus(Duration.ofMinutes(20));
    // 30 minutes of programme, 10 of gap, 36 of requests and a quarter of a second, from 20 minutes
    // late, in a budget of 90.
    Duration toCome = Duration.ofMinutes(30 + 10 + 36).plusMillis(250);
    assertThat(told(Sitting.start(full, RuleSet.of(), TestClock.at(late))))
        .isEqualTo("15 items, to end at " + late.plus(toCome) + ", over by " + toCome.minusMinutes(70));
    assertThat(told(Sitting.start(full, RuleSet.of(), TestClock.at(full.plenary().startInstant()))))
        .endsWith(", over by PT0S");
  }

  /** The floor opens when the current speaker is due to finish, or now if they run over. */
  @Test
  void theRestFollowsTheCurrentSpeakerWhenDueOrNowIfLater() {
    Plan full = withGapAndTwelve();
    Instant late = full.plenary().startInstant().plus(Duration.ofMinutes(20));
    TestClock at = TestClock.at(late);
    Sitting s = Sitting.start(full, RuleSet.of(), at);
    s.began("open");
    at.advance(Duration.ofMinutes(2));
    // "open" has 5 minutes: due at 20 + 5; then 25 of briefing, 10 of gap, 36 min 0.25 s of requests.
    Duration rest = Duration.ofMinutes(25 + 10 + 36).plusMillis(250);
    Instant due = late.plus(Duration.ofMinutes(5));
    assertThat(told(s)).isEqualTo("14 items, to end at " + due.plus(rest) + ", over by "
        + Duration.between(full.plenary().startInstant().plus(full.plenary().budget()), due.plus(rest)));
    at.advance(Duration.ofMinutes(6));
    Instant now = late.plus(Duration.ofMinutes(8));
    assertThat(told(s)).isEqualTo("14 items, to end at " + now.plus(rest) + ", over by "
        + Duration.between(full.plenary().startInstant().plus(full.plenary().budget()), now.plus(rest)));
  }

  @Test
  void givesTheCurrentSpeakersTimeLeftWhatIsNextAndTheProjectedEnd() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(2));
    Moment m = s.now();
    assertThat(m.current()).map(Slot::id).contains("open");
    assertThat(m.timeLeft()).contains(Duration.ofMinutes(3));
    assertThat(m.next()).map(Slot::id).contains("brief");
    assertThat(m.projectedEnd().toLocalTime()).isEqualTo(LocalTime.of(15, 45));
    assertThat(m.onTime()).isTrue();
    assertThat(m.toString()).isEqualTo("15:02: 0 done, now open (3 min left), next brief, projected end 15:45");
  }

  @Test
  void aLateStartAndAnOverrunMoveTheProjectedEnd() {
    Plan full = Planner.of(RuleSet.of()).plan(Sample.plenary(), requests(20));
    clock.advance(Duration.ofMinutes(10));
    Sitting s = Sitting.start(full, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(9));
    Moment m = s.now();
    assertThat(m.timeLeft()).contains(Duration.ofMinutes(-4));
    assertThat(m.projectedEnd().toLocalTime()).isEqualTo(LocalTime.of(16, 44));
    assertThat(m.overrun()).isEqualTo(Duration.ofMinutes(14));
    assertThat(m.onTime()).isFalse();
  }

  @Test
  void beginningTheNextEndsTheCurrentAndRecordsActualTimes() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(6));
    s.began("brief");
    Moment m = s.now();
    assertThat(m.done()).singleElement().satisfies(d -> {
      assertThat(d.slot().id()).isEqualTo("open");
      assertThat(d.actual()).isEqualTo(Duration.ofMinutes(6));
      assertThat(d.ended()).isEqualTo(d.began().plusMinutes(6));
      assertThat(d).hasToString("open " + d.began().toLocalTime() + "\u2013" + d.ended().toLocalTime() + " (6 min)")
          .isEqualTo(s.now().done().get(0)).hasSameHashCodeAs(s.now().done().get(0));
    });
    clock.advance(Duration.ofMinutes(2));
    s.began("case");
    assertThat(s.now().done()).hasSize(2).doesNotHaveDuplicates();
    assertThat(s.now().done().get(0)).isNotEqualTo(s.now().done().get(1)).isNotEqualTo("open");
    assertThat(s.log()).extracting(SittingEvent::kind).containsExactly(SittingEvent.Kind.STARTED,
        SittingEvent.Kind.BEGAN, SittingEvent.Kind.ENDED, SittingEvent.Kind.BEGAN, SittingEvent.Kind.ENDED,
        SittingEvent.Kind.BEGAN);
  }

  @Test
  void aSkippedSpeakerWaitsAndAnAdditionFromTheFloorSpeaksLastInItsSegment() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.skipped("r1");
    Intervention extra = Intervention.of("extra", Speaker.of(Sample.delegation("X", Constituency.STATE_PARTY)),
        Duration.ofMinutes(2));
    s.addFromTheFloor(extra, "floor");
    assertThat(s.plan().waitingList()).extracting(WaitingEntry::id).containsExactly("r1");
    assertThat(s.plan().waitingList().get(0).decidedBy().message().english()).isEqualTo("Called at 15:00, but not in the room.");
    List<Slot> floor = s.plan().slots("floor");
    assertThat(floor.get(floor.size() - 1).id()).isEqualTo("extra");
  }

  @Test
  void aPointOfOrderComesNextAndARightOfReplyEndsItsSegment() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    Speaker delegate = Speaker.of(Sample.delegation("Y", Constituency.STATE_PARTY));
    String poo = s.pointOfOrder(delegate, Duration.ofMinutes(1));
    String reply = s.rightOfReply(delegate, Duration.ofMinutes(2), "briefing");
    assertThat(s.now().next()).map(Slot::id).contains(poo);
    assertThat(s.plan().slots("briefing")).extracting(Slot::id).containsExactly("brief", "case", reply);
    assertThat(poo).isEqualTo("point-of-order-1");
    assertThat(reply).isEqualTo("right-of-reply-2");
  }

  /** A re-plan may move a speaker added from the floor, but never a right of reply. */
  @Test
  void aRightOfReplyStaysWhenAReplanMovesTheLastSpeakers() {
    clock.advance(Duration.ofMinutes(50));
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    Speaker delegate = Speaker.of(Sample.delegation("Y", Constituency.STATE_PARTY));
    s.addFromTheFloor(Intervention.of("extra", delegate, Duration.ofMinutes(3)), "floor");
    String reply = s.rightOfReply(delegate, Duration.ofMinutes(2), "floor");
    // 50 minutes still to come from 15:50: 10 over the hard end, so the last movable 12 minutes go.
    Plan replanned = s.replan(DROP_LAST);
    assertThat(replanned.waitingList()).extracting(WaitingEntry::id).containsExactly("r2", "r3", "r4", "extra");
    assertThat(replanned.slots("floor")).extracting(Slot::id).containsExactly("r0", "r1", reply);
  }

  @Test
  void replanningMeetsTheHardEndAndSaysWhatChanged() {
    Plan full = Planner.of(RuleSet.of()).plan(Sample.plenary(), requests(20));
    clock.advance(Duration.ofMinutes(10));
    Sitting s = Sitting.start(full, RuleSet.of(), clock);
    Plan replanned = s.replan(DROP_LAST);
    assertThat(s.now().onTime()).isTrue();
    assertThat(replanned.slots("briefing")).extracting(Slot::id).containsExactly("brief", "case");
    assertThat(replanned.findings()).filteredOn(f -> f.subject().equals("sitting")).singleElement()
        .satisfies(f -> assertThat(f.message().english()).startsWith("Re-planned, the sitting is projected to end at 16:"));
    assertThat(replanned.findings()).filteredOn(f -> f.ruleId().equals("replan.wait-list")).hasSizeGreaterThan(1);
    assertThat(replanned.slots().size() + replanned.waitingList().size()).isEqualTo(23);
  }

  @Test
  void saysWhyTheHardEndCannotBeMet() {
    clock.advance(Duration.ofMinutes(80));
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    Plan replanned = s.replan(DROP_LAST);
    assertThat(replanned.errors()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("Even re-planned, the sitting is projected to end at 16:50, 20 min after its hard end at 16:30: "
            + "what remains is fixed, or cannot be cut further."));
  }

  @Test
  void replayingTheLogRebuildsTheSittingExactly() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(7));
    s.began("brief");
    s.pointOfOrder(Speaker.of(Sample.delegation("Z", Constituency.OBSERVER_STATE)), Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(20));
    s.skipped("r0");
    s.replan(DROP_LAST);
    Sitting back = Sitting.replay(plan, RuleSet.of(), s.log(), Clock.fixed(clock.instant(), clock.getZone()));
    assertThat(back.plan().slots()).isEqualTo(s.plan().slots());
    assertThat(back.plan().waitingList()).isEqualTo(s.plan().waitingList());
    assertThat(back.now().toString()).isEqualTo(s.now().toString());
    assertThat(back.log()).isEqualTo(s.log());
  }

  @Test
  void refusesACorruptOrOutOfOrderLogNamingTheEvent() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(5));
    s.ended("open");
    List<SittingEvent> log = new ArrayList<>(s.log());
    List<SittingEvent> swapped = List.of(log.get(0), log.get(2), log.get(1));
    assertThatThrownBy(() -> Sitting.replay(plan, RuleSet.of(), swapped, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("event 2 (2021-03-03T14:05:00Z ended open): 'open' is not speaking");
    List<SittingEvent> noStart = log.subList(1, 3);
    assertThatThrownBy(() -> Sitting.replay(plan, RuleSet.of(), noStart, clock))
        .hasMessageStartingWith("event 1 (2021-03-03T14:00:00Z began open): a log must begin with the sitting's start");
    SittingEvent early = SittingEvent.builder().from(log.get(2)).at(log.get(0).at().minusSeconds(1)).build();
    assertThatThrownBy(() -> Sitting.replay(plan, RuleSet.of(), List.of(log.get(0), log.get(1), early), clock))
        .hasMessageContaining("it is earlier than the event before it");
    SittingEvent ghost = SittingEvent.builder().from(log.get(1)).subject("ghost").build();
    assertThatThrownBy(() -> Sitting.replay(plan, RuleSet.of(), List.of(log.get(0), ghost), clock))
        .hasMessage("event 2 (2021-03-03T14:00:00Z began ghost): 'ghost' is not in the plan");
  }

  /** A log that wait-lists speakers replays to the same waiting list, and refuses to wait-list a speaker. */
  @Test
  void replayingAWaitListingKeepsWhoMovedItAndWhy() {
    Plan full = Planner.of(RuleSet.of()).plan(Sample.plenary(), requests(20));
    clock.advance(Duration.ofMinutes(10));
    Sitting s = Sitting.start(full, RuleSet.of(), clock);
    s.replan(DROP_LAST);
    assertThat(s.log()).filteredOn(e -> e.kind() == SittingEvent.Kind.REPLANNED)
        .extracting(e -> e.decision().orElseThrow().kind()).contains(Decision.Kind.WAIT_LISTED);
    assertThat(s.log()).filteredOn(e -> e.kind() == SittingEvent.Kind.REPLANNED).first().asString()
        .contains(" wait_listed ");
    Sitting back = Sitting.replay(full, RuleSet.of(), s.log(), clock);
    assertThat(back.plan().waitingList()).isEqualTo(s.plan().waitingList()).isNotEmpty()
        .allSatisfy(w -> assertThat(w.decidedBy().ruleId()).isEqualTo("replan.wait-list"));
    s.began("open");
    SittingEvent tooLate = SittingEvent.builder().kind(SittingEvent.Kind.REPLANNED).at(clock.instant())
        .subject("open").decision(Decision.of(Decision.Kind.WAIT_LISTED, "chair", LocalizedText.of("late"))).build();
    assertThatThrownBy(() -> SittingEvent.builder().kind(SittingEvent.Kind.REPLANNED).at(clock.instant())
        .subject("open").build()).hasMessageContaining("a replanned event of open at ")
        .hasMessageEndingWith(" carries no decision");
    assertThatThrownBy(() -> SittingEvent.builder().kind(SittingEvent.Kind.REPLANNED).at(clock.instant())
        .subject("open").decision(Decision.of(Decision.Kind.PINNED, "chair", LocalizedText.of("x"))).build())
        .hasMessage("a replanned event's decision is PINNED, not one of [WAIT_LISTED, SHORTENED, KEPT, CARRIED_OVER]");
    assertThatThrownBy(() -> SittingEvent.builder().kind(SittingEvent.Kind.BEGAN).at(clock.instant())
        .subject("open").decision(Decision.of(Decision.Kind.KEPT, "chair", LocalizedText.of("x"))).build())
        .hasMessageStartingWith("a BEGAN event carries a decision (");
    List<SittingEvent> log = new ArrayList<>(s.log());
    log.add(tooLate);
    assertThatThrownBy(() -> Sitting.replay(full, RuleSet.of(), log, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("'open' has already taken the floor");
  }

  @Test
  void refusesToEndSomeoneWhoIsNotSpeaking() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    assertThatThrownBy(() -> s.ended("open"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("'open' is not speaking");
    assertThat(s.log()).hasSize(1);
  }

  @Test
  void aPauseStopsTheSpeakersTimeAndMovesTheEndAndNobodyTakesTheFloorMeanwhile() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(2));
    s.paused();
    clock.advance(Duration.ofMinutes(4));
    Moment paused = s.now();
    assertThat(paused.timeLeft()).contains(Duration.ofMinutes(3));
    assertThat(paused.pausedSince()).map(z -> z.toInstant()).contains(clock.instant().minus(Duration.ofMinutes(4)));
    // 15:45 as planned, four minutes of pause later.
    assertThat(paused.projectedEnd().toLocalTime()).isEqualTo(LocalTime.of(15, 49));
    assertThat(paused.toString()).isEqualTo("15:06: 0 done, paused since 15:02, now open (3 min left), next brief, "
        + "projected end 15:49");
    int logged = s.log().size();
    assertThatThrownBy(() -> s.began("brief")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("the sitting is paused, since 15:02: resume it first");
    assertThat(s.log()).hasSize(logged);
    assertThat(s.now().current()).map(Slot::id).contains("open");
    assertThatThrownBy(s::paused).hasMessageEndingWith("the sitting is already paused, since 15:02");
    s.resumed();
    clock.advance(Duration.ofMinutes(1));
    assertThat(s.now().timeLeft()).contains(Duration.ofMinutes(2));
    assertThat(s.now().pausedSince()).isEmpty();
    assertThatThrownBy(s::resumed).hasMessageEndingWith("the sitting is not paused");
  }

  @Test
  void aPauseBetweenSpeakersDoesNotCountAgainstTheNext() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.paused();
    clock.advance(Duration.ofMinutes(3));
    s.resumed();
    s.began("open");
    clock.advance(Duration.ofMinutes(1));
    assertThat(s.now().timeLeft()).contains(Duration.ofMinutes(4));
  }

  @Test
  void timeAddedLengthensTheCurrentSpeakersTimeButNotThePlannedAllotment() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(4));
    s.timeAdded("open", Duration.ofSeconds(90));
    s.timeAdded("open", Duration.ofSeconds(30));
    Moment m = s.now();
    assertThat(m.timeLeft()).contains(Duration.ofMinutes(3));
    assertThat(m.projectedEnd().toLocalTime()).isEqualTo(LocalTime.of(15, 47));
    assertThat(s.plan().slot("open")).map(Slot::allotted).contains(Duration.ofMinutes(5));
    assertThatThrownBy(() -> s.timeAdded("brief", Duration.ofMinutes(1)))
        .hasMessageEndingWith("'brief' is not speaking; 'open' is");
    assertThatThrownBy(() -> s.timeAdded("open", Duration.ofSeconds(-5)))
        .hasMessageEndingWith("the time added (PT-5S) must be positive");
    s.began("brief");
    assertThat(s.now().timeLeft()).contains(s.plan().slot("brief").orElseThrow().allotted());
  }

  @Test
  void anAbsentSpeakerMovedToTheEndSpeaksAfterTheLastOfTheListAndBeforeTheRightsOfReply() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    String reply = s.rightOfReply(Speaker.of(Sample.delegation("Y", Constituency.STATE_PARTY)),
        Duration.ofMinutes(2), "floor");
    clock.advance(Duration.ofMinutes(31));
    s.movedToEnd("r0");
    assertThat(s.plan().slots("floor")).extracting(Slot::id).containsExactly("r1", "r2", "r3", "r4", "r0", reply);
    assertThat(s.plan().slot("r0").orElseThrow().decisions()).last().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("sitting");
      assertThat(d.message().english()).isEqualTo("Called at 15:31, but not in the room: moved to the end of the list.");
      assertThat(d.message().in(java.util.Locale.FRENCH))
          .isEqualTo("Appelé à 15:31, mais absent de la salle : placé en fin de liste.");
    });
    s.movedToEnd("r4");
    assertThat(s.plan().slots("floor")).extracting(Slot::id).containsExactly("r1", "r2", "r3", "r0", "r4", reply);
    s.began("open");
    assertThatThrownBy(() -> s.movedToEnd("open")).hasMessageEndingWith("'open' has already taken the floor");
    assertThatThrownBy(() -> s.movedToEnd("ghost")).hasMessageEndingWith("'ghost' is not in the plan");
  }

  @Test
  void theNewEventsReplayToTheSameSitting() {
    Sitting s = Sitting.start(plan, RuleSet.of(), clock);
    s.began("open");
    clock.advance(Duration.ofMinutes(2));
    s.paused();
    clock.advance(Duration.ofMinutes(3));
    s.resumed();
    s.timeAdded("open", Duration.ofMinutes(1));
    s.movedToEnd("r1");
    clock.advance(Duration.ofMinutes(1));
    Sitting back = Sitting.replay(plan, RuleSet.of(), s.log(), clock);
    assertThat(back.now().toString()).isEqualTo(s.now().toString());
    assertThat(back.now().timeLeft()).isEqualTo(s.now().timeLeft()).contains(Duration.ofMinutes(3));
    assertThat(back.plan().slots()).isEqualTo(s.plan().slots());
    assertThat(s.log()).extracting(SittingEvent::kind).containsSubsequence(SittingEvent.Kind.PAUSED,
        SittingEvent.Kind.RESUMED, SittingEvent.Kind.TIME_ADDED, SittingEvent.Kind.MOVED_TO_END);
  }
}
