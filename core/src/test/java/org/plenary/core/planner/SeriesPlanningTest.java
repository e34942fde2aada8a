package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Series;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.TestClock;
import org.plenary.core.text.LocalizedText;

class SeriesPlanningTest {

  /** The id the carry-over between meetings gives its decisions and findings. */
  private static final String CARRY_OVER = "series.carry-over";

  /** Three meetings of 50 minutes: 30 of programme each, so four statements of five minutes fit. */
  private static final Series THREE = meetings(3, 50);

  /** Meetings of {@code minutes} each, morning and afternoon, from 3 March 2021. */
  private static Series meetings(int count, int minutes) {
    List<org.plenary.core.agenda.Plenary> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(Sample.plenary(LocalDate.of(2021, 3, 3).plusDays(i / 2), i % 2 == 0 ? LocalTime.of(10, 0)
          : LocalTime.of(15, 0), Duration.ofMinutes(minutes)));
    }
    return Series.of(all);
  }

  private static final RuleSet RULES = RuleSet.of(List.of(
      Floors.rule("order.receipt", d -> d.order(Selector.listSegments(), Place.named("order.receipt"),
          r -> r.received().toEpochMilli())),
      Floors.rule("refuse.s9", d -> d.admit(Selector.listSegments(), r -> r.id().equals("s9")
          ? Verdict.refuse(LocalizedText.of("not a member")) : Verdict.admit())),
      Floors.rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(), Fit.waitList()))));

  /** {@code n} statements of five minutes, s0 received first. */
  private static List<RequestToSpeak> statements(int n) {
    List<RequestToSpeak> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(RequestToSpeak.builder().id("s" + i)
          .speaker(Speaker.of(Sample.delegation("D" + i, Constituency.STATE_PARTY)))
          .received(Sample.DEADLINE.minusDays(3).atStartOfDay(Sample.ZONE).toInstant().plusSeconds(60L * i))
          .duration(Duration.ofMinutes(5)).segment("floor").build());
    }
    return out;
  }

  private static List<String> floor(Plan p) {
    return p.slots("floor").stream().map(Slot::id).toList();
  }

  @Test
  void fillsTheMeetingsInOrderAndCarriesOverWhoeverDoesNotFit() {
    SeriesPlan plan = Planner.of(RULES).plan(THREE, statements(14));

    assertThat(floor(plan.meeting(0))).containsExactly("s0", "s1", "s2", "s3");
    assertThat(floor(plan.meeting(1))).containsExactly("s4", "s5", "s6", "s7");
    assertThat(floor(plan.meeting(2))).containsExactly("s8", "s10", "s11", "s12");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("s9", "s13");
    assertThat(plan.waitingList()).extracting(WaitingEntry::status)
        .containsExactly(Decision.Kind.REFUSED, Decision.Kind.WAIT_LISTED);
    assertThat(plan.meeting(1).slot("s5")).isPresent();
    assertThat(plan.toString())
        .isEqualTo("SeriesPlan of 3 meetings: 21 slots, 14 carried over, 2 waiting at the end");
  }

  @Test
  void aCarriedOverSpeakerIsToldWhereTheyGoInEachLanguageAndTheFindingsSaySo() {
    SeriesPlan plan = Planner.of(RULES).plan(THREE, statements(6));

    WaitingEntry s4 = plan.meeting(0).waitingList().get(0);
    assertThat(s4.id()).isEqualTo("s4");
    assertThat(s4.status()).isEqualTo(Decision.Kind.CARRIED_OVER);
    assertThat(s4.decidedBy().ruleId()).isEqualTo(CARRY_OVER);
    assertThat(s4.decidedBy().kind()).isEqualTo(Decision.Kind.CARRIED_OVER);
    assertThat(s4.decidedBy().message().in(Locale.ENGLISH)).isEqualTo("Carried over to the afternoon meeting on Wednesday,"
        + " 3 March 2021: no time or place was left in this meeting.");
    assertThat(s4.decidedBy().message().in(Locale.FRENCH)).isEqualTo("Reportée à la séance de l'après-midi du mercredi"
        + " 3 mars 2021 : il ne restait ni temps ni place à cette séance.");
    assertThat(s4.decisions()).extracting(Decision::ruleId).containsExactly("budget", CARRY_OVER);
    assertThat(plan.meeting(0).explain("s4", Locale.FRENCH)).contains("reportée");

    Finding carried = plan.meeting(0).findings().get(plan.meeting(0).findings().size() - 1);
    assertThat(carried.ruleId()).isEqualTo(CARRY_OVER);
    assertThat(carried.message().in(Locale.ENGLISH)).isEqualTo("2 speakers are carried over to the afternoon"
        + " meeting on Wednesday, 3 March 2021.");
    assertThat(carried.message().in(Locale.FRENCH)).isEqualTo("2 orateurs sont reportés à la séance de"
        + " l'après-midi du mercredi 3 mars 2021.");
    assertThat(plan.meeting(1).findings()).extracting(Finding::ruleId).doesNotContain(CARRY_OVER);
    assertThat(floor(plan.meeting(1))).containsExactly("s4", "s5");
    assertThat(floor(plan.meeting(2))).isEmpty();
    assertThat(plan.meeting(0).explain("s4", Locale.ENGLISH)).contains("Carried over to the afternoon meeting on");
  }

  @Test
  void namesAMeetingByItsDayAndThePartOfTheDay() {
    Series s = Series.of(List.of(Sample.plenary(LocalDate.of(2019, 12, 5), LocalTime.of(11, 59),
        Duration.ofMinutes(1)), Sample.plenary(LocalDate.of(2019, 12, 5), LocalTime.of(12, 0),
        Duration.ofHours(6)), Sample.plenary(LocalDate.of(2019, 12, 5), LocalTime.of(18, 0),
        Duration.ofHours(1))));
    assertThat(s.name(0).in(Locale.ENGLISH)).isEqualTo("the morning meeting on Thursday, 5 December 2019");
    assertThat(s.name(1).in(Locale.FRENCH)).isEqualTo("la séance de l'après-midi du jeudi 5 décembre 2019");
    assertThat(s.name(2).in(Locale.FRENCH)).isEqualTo("la séance du soir du jeudi 5 décembre 2019");
    assertThat(s.toString()).isEqualTo("Series of 3 meetings [2019-12-05 11:59 1 min, 2019-12-05 12:00 6 h,"
        + " 2019-12-05 18:00 1 h]");
  }

  @Test
  void aSingleMeetingCarriesNobodyOverAndPlansAsThePlannerDoes() {
    List<RequestToSpeak> requests = statements(9);
    SeriesPlan one = Planner.of(RULES).plan(Series.of(List.of(Sample.plenary())), requests);
    assertThat(one.meetings()).containsExactly(Planner.of(RULES).plan(Sample.plenary(), requests));
    assertThat(SeriesPlan.of(Series.of(List.of(one.meeting(0).plenary())), List.of(one.meeting(0)))).isEqualTo(one);
  }

  @Test
  void aSittingThatRunsLateCarriesItsLastSpeakersToTheNextMeetingAndTheFindingsSaySo() {
    SeriesPlan plan = Planner.of(RULES).plan(THREE, statements(10));
    TestClock clock = TestClock.at(THREE.meeting(0).startInstant().plus(Duration.ofMinutes(10)));
    Sitting sitting = Sitting.start(plan.meeting(0), RULES, clock);
    Plan live = sitting.carryOver(THREE.name(1));

    assertThat(floor(live)).containsExactly("s0", "s1");
    List<WaitingEntry> carried = live.waitingList().stream()
        .filter(w -> w.decidedBy().ruleId().equals("replan.carry-over")).toList();
    assertThat(carried).extracting(WaitingEntry::id).containsExactly("s2", "s3");
    assertThat(carried).allMatch(w -> w.status() == Decision.Kind.CARRIED_OVER);
    assertThat(carried.get(0).decidedBy().message().in(Locale.ENGLISH)).isEqualTo("Carried over to the afternoon meeting"
        + " on Wednesday, 3 March 2021: the sitting ran late.");
    assertThat(carried.get(0).decidedBy().message().in(Locale.FRENCH)).isEqualTo("Reportée à la séance de l'après-midi"
        + " du mercredi 3 mars 2021 : la séance a pris du retard.");
    assertThat(live.findings()).extracting(f -> f.message().in(Locale.ENGLISH))
        .anyMatch(m -> m.endsWith("Carried over to the afternoon meeting on Wednesday, 3 March 2021: the"
            + " sitting ran late."));
    assertThat(sitting.log()).filteredOn(e -> e.kind() == SittingEvent.Kind.REPLANNED)
        .extracting(e -> e.decision().orElseThrow().kind()).contains(Decision.Kind.CARRIED_OVER);
    assertThat(Sitting.replay(plan.meeting(0), RULES, sitting.log(), clock).plan().waitingList())
        .isEqualTo(live.waitingList());

    SeriesPlan after = Planner.of(RULES).replan(plan, 0, live);
    assertThat(after.meeting(0)).isSameAs(live);
    assertThat(floor(after.meeting(1))).containsExactly("s2", "s3", "s4", "s5");
    assertThat(floor(after.meeting(2))).containsExactly("s6", "s7", "s8");
    assertThat(after.waitingList()).extracting(WaitingEntry::id).containsExactly("s9");
    assertThat(after.meeting(1).waitingList()).extracting(WaitingEntry::status)
        .containsOnly(Decision.Kind.CARRIED_OVER);

    assertThatThrownBy(() -> Planner.of(RULES).replan(plan, 1, live))
        .hasMessage("the live plan is of 2021-03-03 10:00, not of meeting 2 (2021-03-03 15:00)");
    Plan lastLive = Sitting.start(plan.meeting(2), RULES, TestClock.at(THREE.meeting(2).startInstant()
        .plus(Duration.ofMinutes(25)))).carryOver(THREE.name(2));
    assertThatThrownBy(() -> Planner.of(RULES).replan(plan, 2, lastLive))
        .hasMessageStartingWith("meeting 3 is the last of the series;");
  }

  @Test
  void refusesMeetingsThatOverlapOrTakeRequestsForOtherSegmentsAndNamesThem() {
    assertThatThrownBy(() -> Series.of(List.of())).hasMessageContaining("at least one meeting");
    assertThatThrownBy(() -> Series.of(List.of(Sample.plenary(), Sample.plenary())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting 2 (2021-03-03 15:00) starts before meeting 1 (2021-03-03 15:00) ends at "
            + "2021-03-03T15:30:00Z; meetings run one after the other");
    assertThatThrownBy(() -> THREE.meeting(3)).hasMessage("meeting 3 does not exist; the series has 3");
    var other = org.plenary.core.agenda.Plenary.builder().from(Sample.plenary(LocalDate.of(2021, 3, 4),
        LocalTime.of(10, 0), Duration.ofHours(1))).segments(List.of(Sample.plenary().segments().get(0)))
        .build();
    assertThatThrownBy(() -> Series.of(List.of(Sample.plenary(), other)))
        .hasMessage("meeting 2 (2021-03-04 10:00) takes requests for segments [], but meeting 1 for [floor];"
            + " every meeting of a series takes requests for the same segments");
    Plan alone = Planner.of(RULES).plan(Sample.plenary(), List.of());
    assertThatThrownBy(() -> SeriesPlan.of(THREE, List.of(alone)))
        .hasMessage("a plan of a series of 3 meetings holds 1 plans");
  }
}
