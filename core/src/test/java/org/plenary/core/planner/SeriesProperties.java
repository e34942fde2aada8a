package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.fixtures.Plenaries;

/** A list of speakers over several meetings: nobody is lost, each meeting keeps its budget, order holds. */
class SeriesProperties {

  /** Up to four meetings of a drawn plenary, a day apart, with up to {@code max} requests drawn for them. */
  record Meetings(Series series, List<RequestToSpeak> requests) {}

  static Arbitrary<Meetings> meetings(int max) {
    return Combinators.combine(Plenaries.listed(max), Arbitraries.integers().between(1, 4))
        .as((l, count) -> {
          List<Plenary> all = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            all.add(Plenary.builder().from(l.plenary()).date(l.plenary().date().plusDays(i)).build());
          }
          return new Meetings(Series.of(all), l.requests());
        });
  }

  @Provide
  Arbitrary<Meetings> meetings() {
    return meetings(100);
  }

  private static Rule budget(boolean shorten) {
    return Floors.rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(),
        shorten ? Fit.shortenThenWaitList(Duration.ofMinutes(2)) : Fit.waitList()));
  }

  private static Rule byReceipt() {
    return Floors.rule("order.receipt", d -> d.order(Selector.listSegments(), Place.named("order.receipt"),
        r -> r.received().toEpochMilli()));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<Meetings, DrawnRules.Drawn>> withRules() {
    return Combinators.combine(meetings(100), DrawnRules.drafts())
        .as((m, d) -> Tuple.of(m, DrawnRules.rules(m.series().meetings().get(0), d, true)));
  }

  @Property
  void eachRequestIsInExactlyOneMeetingOrOnTheWaitingListAndEveryMeetingKeepsItsBudget(
      @ForAll("withRules") Tuple.Tuple2<Meetings, DrawnRules.Drawn> drawn) {
    List<RequestToSpeak> requests = drawn.get1().requests();
    int count = drawn.get1().series().meetings().size();
    SeriesPlan plan = Planner.of(RuleSet.of(drawn.get2().rules())).plan(drawn.get1().series(), requests);

    Map<String, Integer> seen = new HashMap<>();
    for (int m = 0; m < count; m++) {
      Plan p = plan.meeting(m);
      assertThat(!p.timetable().slack().isNegative()).as("meeting %s keeps its budget", m + 1).isTrue();
      for (Slot s : p.slots()) {
        s.request().ifPresent(r -> seen.merge(r.id(), 1, Integer::sum));
      }
      for (WaitingEntry w : p.waitingList()) {
        if (w.status() == Decision.Kind.CARRIED_OVER) {
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

  @Property
  void carryingOverKeepsTheOrderOfTheList(@ForAll("meetings") Meetings meetings, @ForAll boolean shorten) {
    List<RequestToSpeak> requests = new ArrayList<>(meetings.requests());
    SeriesPlan plan = Planner.of(RuleSet.of(List.of(byReceipt(), budget(shorten))))
        .plan(meetings.series(), requests);

    requests.sort(java.util.Comparator.comparing(RequestToSpeak::received));
    for (String segment : Plenaries.listSegmentsOf(meetings.series().meetings().get(0))) {
      List<String> read = new ArrayList<>();
      for (Plan p : plan.meetings()) {
        p.slots(segment).stream().filter(s -> s.request().isPresent()).forEach(s -> read.add(s.id()));
      }
      plan.waitingList().stream().filter(w -> w.request().orElseThrow().segment().equals(segment))
          .forEach(w -> read.add(w.id()));
      assertThat(read).as("the list of %s", segment).containsExactlyElementsOf(requests.stream()
          .filter(r -> r.segment().equals(segment)).map(RequestToSpeak::id).toList());
    }
  }
}
