package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** The plan's values, which rules and tools rely on. */
class PlanValuesTest {

  private final Plan plan = Planner.of(RuleSet.of()).plan(Sample.plenary(), Sample.requests(3, 9));

  private static Finding finding(Severity s, String rule) {
    return Finding.builder().ruleId(rule).severity(s).subject("plan").message(LocalizedText.of("m"))
        .reason(LocalizedText.of("r")).build();
  }

  private static final Decision OUT = Decision.of(Decision.Kind.WAIT_LISTED, "x", LocalizedText.of("Out."));

  @Test
  void keepsFindingsAsGivenAndCountsThem() {
    Plan p = Plan.builder().from(plan).findings(List.of(finding(Severity.ERROR, "z"), finding(Severity.ERROR, "c"),
        finding(Severity.WARNING, "b"), finding(Severity.INFO, "a"))).build();
    assertThat(p.findings()).extracting(f -> f.severity() + " " + f.ruleId())
        .containsExactly("ERROR z", "ERROR c", "WARNING b", "INFO a");
    assertThat(p.errors()).isNotEmpty();
    assertThat(p.errors()).hasSize(2);
    assertThat(p.toString()).endsWith("4 findings (2 errors)");
    assertThat(p.report(java.util.Locale.ENGLISH)).contains("2 errors, 1 warning, 1 note");
    assertThat(plan.errors()).isEmpty();
  }

  @Test
  void refusesAWaitingEntryThatIsAlsoPlannedOrForAnUnknownSegment() {
    Slot s = plan.slot("r0").orElseThrow();
    WaitingEntry both = WaitingEntry.of("floor", s.intervention(), List.of(OUT));
    assertThatThrownBy(() -> Plan.builder().from(plan).waitingList(List.of(both)).build())
        .hasMessage("intervention id 'r0' is both planned and waiting, or waits twice");
    WaitingEntry nowhere = WaitingEntry.builder().from(both).segment("attic").build();
    assertThatThrownBy(() -> Plan.builder().from(plan).addWaitingList(nowhere).build())
        .hasMessage("waiting entry 'r0' is for segment 'attic', which does not exist");
    assertThat(both.toString()).isEqualTo("floor/r0 " + s.intervention().speaker() + ", waiting: Out.");
  }

  @Test
  void refusesASlotInAnUnknownSegmentOrTwice() {
    Slot s = plan.slot("r0").orElseThrow();
    List<Slot> twice = new ArrayList<>(plan.slots());
    twice.add(s);
    assertThatThrownBy(() -> Plan.builder().from(plan).slots(twice).build())
        .hasMessage("intervention id 'r0' is used twice in the plan");
    Slot lost = Slot.of("attic", s.intervention(), s.allotted(), Optional.empty(), List.of());
    assertThatThrownBy(() -> Plan.builder().from(plan).slots(List.of(lost)).build())
        .hasMessage("slot 'r0' is in segment 'attic', which does not exist; the segments are [opening, briefing, floor]");
  }

  /** A long plan's ids, sorted by hash before any set, give the same errors as a short one's. */
  @Test
  void refusesAnIdUsedTwiceInALongPlan() {
    Slot s = plan.slot("r0").orElseThrow();
    List<WaitingEntry> waiting = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      waiting.add(WaitingEntry.of("floor", org.plenary.core.agenda.Intervention.of("w" + i, s.intervention().speaker(), s.allotted()), List.of(OUT)));
    }
    assertThat(Plan.builder().from(plan).waitingList(waiting).build().waitingList()).hasSize(70_000);
    List<WaitingEntry> twice = new ArrayList<>(waiting);
    twice.set(69_999, waiting.get(3));
    assertThatThrownBy(() -> Plan.builder().from(plan).waitingList(twice).build())
        .hasMessage("intervention id 'w3' is both planned and waiting, or waits twice");
    List<WaitingEntry> planned = new ArrayList<>(waiting);
    planned.set(65_536, WaitingEntry.of("floor", s.intervention(), List.of(OUT)));
    assertThatThrownBy(() -> Plan.builder().from(plan).waitingList(planned).build())
        .hasMessage("intervention id 'r0' is both planned and waiting, or waits twice");
    List<WaitingEntry> lost = new ArrayList<>(waiting);
    lost.set(3, WaitingEntry.builder().from(waiting.get(3)).segment("attic").build());
    lost.set(69_999, waiting.get(5));
    assertThatThrownBy(() -> Plan.builder().from(plan).waitingList(lost).build())
        .hasMessage("waiting entry 'w3' is for segment 'attic', which does not exist");
  }

  @Test
  void stampsThePlanWithItsClockOrItsStart() {
    assertThat(plan.plannedAt()).isEmpty();
    assertThat(plan.stamp()).isEqualTo(plan.plenary().startInstant());
    Instant at = Instant.parse("2021-02-01T00:00:00Z");
    Plan stamped = Planner.of(RuleSet.of()).withClock(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC))
        .plan(Sample.plenary(), List.of());
    assertThat(stamped.stamp()).isEqualTo(at);
  }

  @Test
  void slotsReadWell() {
    Slot r0 = plan.slot("r0").orElseThrow();
    assertThat(plan.slot("open").orElseThrow()).hasToString("15:00 opening/open Delegation chair, 5 min");
    Decision late = Decision.of(Decision.Kind.ADMITTED_LATE, "deadline", LocalizedText.of("Late."));
    Slot lateSlot = Slot.of(r0.segment(), r0.intervention(), Duration.ofSeconds(30), r0.request(), List.of(late));
    assertThat(lateSlot.toString()).endsWith(", 30 s (asked " + org.plenary.core.internal.text.Durations.format(
        r0.intervention().duration()) + ")");
    assertThat(plan.slots().get(0)).hasToString("15:00 opening/open Delegation chair, 5 min");
    assertThat(plan.timetable().segments().get(1)).hasToString("briefing 15:05–15:30 (25 min, 2 slots)");
    assertThat(Planner.of(RuleSet.of())).hasToString("Planner[]");
  }

  /** {@code plan} with {@code id}'s allotment changed by hand. */
  private static Plan withAllotted(Plan plan, String id, Duration allotted) {
    List<Slot> slots = new ArrayList<>();
    for (Slot s : plan.slots()) {
      slots.add(s.id().equals(id) ? Slot.of(s.segment(), s.intervention(), allotted, s.request(), s.decisions()) : s);
    }
    return Plan.builder().from(plan).slots(slots).build();
  }

  @Test
  void aSlotOfAPlanKnowsItsTimeAndSaysItShortlyInEnglish() {
    Slot open = plan.slot("open").orElseThrow();
    assertThat(open.start()).contains(plan.timetable().start());
    assertThat(open.end()).contains(plan.timetable().segments().get(0).end());
    Slot alone = Slot.of("opening", open.intervention(), open.allotted(), Optional.empty(), List.of());
    assertThat(alone.start()).isEmpty();
    assertThat(alone.end()).isEmpty();
    assertThat(alone).hasToString("opening/open Delegation chair, 5 min").isEqualTo(open);
    Plan later = withAllotted(plan, "open", Duration.ofMinutes(10));
    assertThat(later.slot("brief").orElseThrow().start().orElseThrow().toLocalTime())
        .isEqualTo(java.time.LocalTime.of(15, 10));
    assertThat(later.slot("brief").orElseThrow().start()).contains(later.timetable().segments().get(1).start());
    Plan cut = withAllotted(plan, "brief", Duration.ofSeconds(14 * 60 + 30));
    assertThat(cut.slot("brief").orElseThrow()).hasToString("15:05 briefing/brief Delegation body, 14 min 30 s (asked 15 min)");
    assertThat(cut.slot("case").orElseThrow().start().orElseThrow().toLocalTime()).hasToString("15:19:30");
    Plan back = Plan.builder().from(cut).slots(List.of(alone)).build();
    assertThat(back.slots().get(0).start()).contains(plan.timetable().start());
  }

  @Test
  void explainsWhereASpeakerIsAndWhy() {
    Rule one = Rule.of("test.one", LocalizedText.of("one place", "une place"), LocalizedText.of("test"),
        d -> d.capacity(org.plenary.core.rule.Selector.segments("floor"), 1));
    Plan p = Planner.of(RuleSet.of(one)).plan(Sample.plenary(), Sample.requests(2, 9));
    String who = Sample.requests(2, 9).get(0).speaker().delegation().name().english();
    assertThat(p.explain("r0", java.util.Locale.FRENCH)).isEqualTo(who
        + " : 1re intervention dans « Débat », de 15:30 à "
        + org.plenary.core.internal.text.Dates.clock(p.timetable().plan().slot("r0").orElseThrow().end().orElseThrow()) + ".");
    assertThat(p.explain("r1", java.util.Locale.ENGLISH))
        .endsWith(" is 1st on the waiting list (waiting). Wait-listed by one place: no place left in "
            + "“Floor” (one place).");
    assertThatThrownBy(() -> p.explain("zz", java.util.Locale.ENGLISH))
        .hasMessage("intervention 'zz' is neither in the plan nor waiting");
  }

  @Test
  void aPlenaryCodeIsMadeFromItsTitle() {
    Plenary p = Sample.plenary();
    assertThat(p.code()).isEqualTo("sample-sitting");
    java.util.function.Function<String, String> code = title -> Plenary.builder().title(LocalizedText.of(title))
        .session(p.session()).date(p.date()).start(p.start()).venue(p.venue()).budget(p.budget())
        .segments(p.segments()).build().code();
    assertThat(code.apply("Séance plénière — n° 2 !")).isEqualTo("seance-pleniere-n-2");
    assertThat(code.apply("日本語")).isEqualTo("plenary");
    assertThat(code.apply("a".repeat(30) + " " + "b".repeat(30))).isEqualTo("a".repeat(30) + "-" + "b".repeat(9));
    assertThat(code.apply("a".repeat(39) + " b")).isEqualTo("a".repeat(39));
    assertThatThrownBy(() -> Plenary.builder().from(p).code("no spaces").build())
        .hasMessageStartingWith("code 'no spaces' must be 1 to 64 letters");
  }

  @Test
  void segmentsCheckTheirOwnValues() {
    assertThatThrownBy(() -> Segment.builder().id("s").title(LocalizedText.of("S")).allotment(Duration.ZERO).build())
        .hasMessage("allotment of segment 's' (PT0S) must be positive");
    assertThatThrownBy(() -> Segment.builder().id("s").title(LocalizedText.of("S")).gapBefore(Duration.ofMinutes(-1)).build())
        .hasMessage("gap before segment 's' (PT-1M) must not be negative");
    Segment ok = Segment.builder().id("s").title(LocalizedText.of("S")).allotment(Duration.ofMinutes(9)).build();
    assertThat(ok).hasToString("s \"S\" (0 interventions, 9 min)");
    assertThat(Sample.plenary().requiredSegment("floor")).hasToString("floor \"Floor\" (0 interventions, takes requests)");
    assertThatThrownBy(() -> org.plenary.core.request.RequestToSpeak.builder().from(Sample.requests(1, 1).get(0))
        .segment("a b").build()).hasMessageStartingWith("segment of request 'r0' 'a b' must be 1 to 64 letters");
  }
}
