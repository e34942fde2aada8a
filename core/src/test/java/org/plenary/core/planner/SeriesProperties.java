package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** A list of speakers over several meetings: nobody is lost, each meeting keeps its budget, order holds. */
class SeriesProperties {

  /** Meetings of {@code minutes} each, morning and afternoon, from 3 March 2021. */
  static Series meetings(int count, int minutes) {
    List<Plenary> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(Sample.plenary(LocalDate.of(2021, 3, 3).plusDays(i / 2), i % 2 == 0 ? LocalTime.of(10, 0)
          : LocalTime.of(15, 0), Duration.ofMinutes(minutes)));
    }
    return Series.of(all);
  }

  private static Rule budget(boolean shorten) {
    return Floors.rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
        shorten ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList()));
  }

  private static Rule byReceipt() {
    return Floors.rule("order.receipt", d -> d.order(Selector.listSegments(), Place.named("order.receipt"),
        r -> r.received().toEpochMilli()));
  }

  /** Every kind of declaration that keeps a request out: late, once per delegation, caps, reserves. */
  private static RuleSet rich(boolean shorten) {
    return RuleSet.of(List.of(
        Floors.rule("admit.late", d -> d.admit(Selector.listSegments(), r -> r.received().isBefore(
            Sample.DEADLINE.atStartOfDay(Sample.ZONE).toInstant()) ? Verdict.admit()
            : Verdict.waitList(LocalizedText.of("late")))),
        Floors.rule("admit.once", d -> d.onePer(Selector.listSegments(), s -> s.voice())),
        Floors.statesFirst(), byReceipt(),
        Floors.rule("limit.floor", d -> d.limit(Floors.FLOOR, Duration.ofMinutes(4))),
        Floors.rule("reserve.others", d -> d.reserve(Floors.FLOOR.and(Floors.OTHERS), 2)),
        Floors.rule("cap.ngos", d -> d.capacity(Floors.FLOOR.and(
            Selector.constituencies(Constituency.CIVIL_SOCIETY)), 3)),
        budget(shorten)));
  }

  @Property(tries = 120)
  void eachRequestIsInExactlyOneMeetingOrOnTheWaitingListAndEveryMeetingKeepsItsBudget(
      @ForAll @IntRange(max = 120) int n, @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int count,
      @ForAll @IntRange(min = 35, max = 120) int minutes, @ForAll boolean shorten) {
    List<RequestToSpeak> requests = Sample.requests(n, seed);
    SeriesPlan plan = Planner.of(rich(shorten)).plan(meetings(count, minutes), requests);

    Map<String, Integer> seen = new HashMap<>();
    for (int m = 0; m < count; m++) {
      Plan p = plan.meeting(m);
      assertThat(p.timetable().fits()).as("meeting %s keeps its budget", m + 1).isTrue();
      for (Slot s : p.slots()) {
        s.request().ifPresent(r -> seen.merge(r.id(), 1, Integer::sum));
      }
      for (WaitingEntry w : p.waitingList()) {
        if (w.status() == WaitingEntry.Status.CARRIED_OVER) {
          assertThat(m).as("the last meeting carries nobody over").isLessThan(count - 1);
          assertThat(plan.meeting(m + 1).slot(w.id()).isPresent()
              || plan.meeting(m + 1).waitingList().stream().anyMatch(x -> x.id().equals(w.id())))
              .as("%s is carried over to meeting %s", w.id(), m + 2).isTrue();
        }
      }
    }
    for (WaitingEntry w : plan.waitingList()) {
      seen.merge(w.id(), 1, Integer::sum);
    }
    Map<String, Integer> once = new HashMap<>();
    requests.forEach(r -> once.put(r.id(), 1));
    assertThat(seen).isEqualTo(once);
  }

  @Property(tries = 120)
  void carryingOverKeepsTheOrderOfTheList(@ForAll @IntRange(max = 80) int n, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int count, @ForAll @IntRange(min = 35, max = 90) int minutes,
      @ForAll boolean shorten) {
    List<RequestToSpeak> requests = new ArrayList<>(Sample.requests(n, seed));
    SeriesPlan plan = Planner.of(RuleSet.of(List.of(byReceipt(), budget(shorten))))
        .plan(meetings(count, minutes), requests);

    List<String> read = new ArrayList<>();
    for (Plan p : plan.meetings()) {
      p.slots("floor").forEach(s -> read.add(s.id()));
    }
    plan.waitingList().forEach(w -> read.add(w.id()));
    requests.sort(java.util.Comparator.comparing(RequestToSpeak::received));
    assertThat(read).containsExactlyElementsOf(requests.stream().map(RequestToSpeak::id).toList());
  }
}
