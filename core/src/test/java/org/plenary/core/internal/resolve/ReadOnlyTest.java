package org.plenary.core.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/** A check reads the book and the plan and changes neither: what failed in it is its own. */
class ReadOnlyTest {

  @Test
  void anOrderThatFailsInACheckStillAppliesWhenTheSameBookPlansAgain() {
    Rule byId = Rule.of("order.by-id", LocalizedText.of("by id"), LocalizedText.of("test"),
        d -> d.order(Selector.listSegments(), Place.named("order.by-id"), r -> {
          if (r.id().equals("r4")) {
            throw new IllegalStateException("no key for r4");
          }
          return -Long.parseLong(r.id().substring(1));
        }));
    Trial trial = Trial.sample().request("A", Constituency.STATE_PARTY).request("B", Constituency.STATE_PARTY)
        .request("C", Constituency.STATE_PARTY);
    Book book = Book.of(trial.plenary(), List.of(byId));
    Plan planned = Resolution.plan(book, trial.requests(), Optional.empty()).plan();
    RequestToSpeak extra = trial.request("D", Constituency.STATE_PARTY).requests().get(3);
    List<Slot> slots = new ArrayList<>(planned.slots());
    slots.add(Slot.of("floor", extra.toIntervention(), Duration.ofMinutes(3), Optional.of(extra), List.of()));
    Plan edited = Plan.builder().from(planned).slots(slots).build();

    List<Finding> checked = Checking.check(book, edited);

    assertThat(checked).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
        .satisfies(f -> assertThat(f.message().english()).contains("no key for r4"));
    assertThat(Trial.order(planned, "floor")).containsExactly("C", "B", "A");
    Plan again = Resolution.plan(book, trial.requests(), Optional.empty()).plan();
    assertThat(again).isEqualTo(planned);
    assertThat(Checking.check(book, planned)).isEqualTo(planned.findings());
    assertThat(edited.slots()).hasSize(slots.size());
  }
}
