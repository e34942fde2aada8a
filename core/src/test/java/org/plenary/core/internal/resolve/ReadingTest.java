package org.plenary.core.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/**
 * The planner reads every kind's functions of a request together, request after request and
 * segment after segment; what failed is left out as if each kind had read the list on its own.
 */
class ReadingTest {

  /** Two segments that take requests: the sample's floor, then a second one. */
  private static final Plenary TWO_FLOORS = Plenary.builder().from(Sample.plenary())
      .addSegments(Segment.builder().id("second").title(LocalizedText.of("Second floor")).takesRequests(true).build())
      .build();

  /** r1 and r2 for the floor, r3 and r4 for the second floor, received in that order. */
  private static List<RequestToSpeak> requests() {
    List<RequestToSpeak> floor = Trial.of(TWO_FLOORS).request("A", Constituency.STATE_PARTY)
        .request("B", Constituency.STATE_PARTY).request("C", Constituency.STATE_PARTY)
        .request("D", Constituency.STATE_PARTY).requests();
    return List.of(floor.get(0), floor.get(1), RequestToSpeak.builder().from(floor.get(2)).segment("second").build(),
        RequestToSpeak.builder().from(floor.get(3)).segment("second").build());
  }

  private static Plan plan(Rule... rules) {
    return Resolution.plan(Book.of(TWO_FLOORS, List.of(rules)), requests(), Optional.empty()).plan();
  }

  private static List<String> ids(Plan plan, String segment) {
    return plan.slots(segment).stream().map(Slot::id).toList();
  }

  @Test
  void anOrderThatFailsInOneSegmentIsLeftOutOfTheNextThoughItReadsThere() {
    Rule latestFirst = Rule.of("order.latest-first", LocalizedText.of("latest first"), LocalizedText.of("test"),
        d -> d.order(Selector.listSegments(), Place.named("order.latest-first"), r -> {
          if (r.id().equals("r2")) {
            throw new IllegalStateException("no key for r2");
          }
          return -Long.parseLong(r.id().substring(1));
        }));
    Plan plan = plan(latestFirst);
    assertThat(ids(plan, "floor")).containsExactly("r1", "r2");
    assertThat(ids(plan, "second")).containsExactly("r3", "r4");
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals("order.latest-first")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
          assertThat(f.subject()).isEqualTo("r2");
        });
    Rule fine = Rule.of("order.latest-first", LocalizedText.of("latest first"), LocalizedText.of("test"),
        d -> d.order(Selector.listSegments(), Place.named("order.latest-first"),
            r -> -Long.parseLong(r.id().substring(1))));
    assertThat(ids(plan(fine), "second")).containsExactly("r4", "r3");
  }

  @Test
  void requestsForTwoSegmentsInTurnAreOrderedEachInItsSegment() {
    List<RequestToSpeak> given = requests();
    List<RequestToSpeak> mixed = List.of(given.get(0), given.get(2), given.get(1), given.get(3));
    Rule latestFirst = Rule.of("order.latest-first", LocalizedText.of("latest first"), LocalizedText.of("test"),
        d -> d.order(Selector.listSegments(), Place.named("order.latest-first"),
            r -> -Long.parseLong(r.id().substring(1))));
    Plan plan = Resolution.plan(Book.of(TWO_FLOORS, List.of(latestFirst)), mixed, Optional.empty()).plan();
    assertThat(ids(plan, "floor")).containsExactly("r2", "r1");
    assertThat(ids(plan, "second")).containsExactly("r4", "r3");
  }

  @Test
  void anAdmissionThatFailsOnALaterSegmentIsLeftOutWholeAndNamesTheRequestItWasJudging() {
    Rule late = Rule.of("admit.late", LocalizedText.of("late"), LocalizedText.of("test"),
        d -> d.admit(Selector.listSegments(), r -> {
          if (r.id().equals("r4")) {
            throw new IllegalStateException("no verdict for r4");
          }
          return Verdict.admitLate(LocalizedText.of("Late."));
        }));
    Rule waiting = Rule.of("admit.wait", LocalizedText.of("wait"), LocalizedText.of("test"),
        d -> d.admit(Selector.listSegments(), r -> r.id().equals("r1")
            ? Verdict.waitList(LocalizedText.of("Wait.")) : Verdict.admit()));
    Plan plan = plan(late, waiting);
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals("admit.late")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("r4"));
    assertThat(plan.slots()).flatExtracting(Slot::decisions).extracting(Decision::ruleId)
        .doesNotContain("admit.late");
    assertThat(plan.waitingList()).singleElement().satisfies(w -> {
      assertThat(w.id()).isEqualTo("r1");
      assertThat(w.decisions()).extracting(Decision::ruleId).containsExactly("admit.wait");
    });
    assertThat(ids(plan, "floor")).containsExactly("r2");
    assertThat(ids(plan, "second")).containsExactly("r3", "r4");
  }
}
