package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/** One statement per delegation: who keeps the floor when a delegation asks twice. */
class OneStatementTest {

  private static final Rule ONCE = Rule.of("order.once", LocalizedText.of("one statement each"),
      LocalizedText.of("test"), d -> d.onePer(Selector.everywhere(), s -> s.voice().id()));

  private static final Delegation SP1 = Sample.delegation("SP1", Constituency.STATE_PARTY);

  private static RequestToSpeak request(String id, String at) {
    return RequestToSpeak.builder().id(id).speaker(Speaker.of(SP1)).received(java.time.Instant.parse(at))
        .duration(Duration.ofMinutes(3)).segment("floor").build();
  }

  @Test
  void theRequestReceivedFirstKeepsTheFloorWhateverTheOrderGiven() {
    Plan plan = Trial.sample().request(request("late", "2021-02-27T10:00:00Z"))
        .request(request("early", "2021-02-26T10:00:00Z")).request(request("later", "2021-02-28T10:00:00Z"))
        .plan(ONCE);

    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("early");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("late", "later");
    assertThat(plan.waitingList().get(0).decidedBy().message().english())
        .isEqualTo("Refused by one statement each: Delegation SP1 already speaks in “Floor”.");
  }

  @Test
  void ofTwoReceivedAtOnceTheOneGivenFirstKeepsTheFloor() {
    Plan plan = Trial.sample().request(request("a", "2021-02-27T10:00:00Z"))
        .request(request("b", "2021-02-27T10:00:00Z")).plan(ONCE);

    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("a");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("b");
  }

  @Test
  void aProgrammedStatementKeepsTheFloorAndTwoProgrammedOnesAreLeftAsWritten() {
    Plenary sample = Sample.plenary();
    Segment floor = Segment.builder().from(sample.segments().get(2))
        .addInterventions(Intervention.of("programmed", Speaker.of(SP1), Duration.ofMinutes(5)),
            Intervention.of("again", Speaker.of(SP1), Duration.ofMinutes(5)))
        .build();
    Plenary withProgramme = Plenary.builder().from(sample)
        .segments(List.of(sample.segments().get(0), sample.segments().get(1), floor)).build();

    Plan plan = Trial.of(withProgramme).request(request("asked", "2021-02-26T10:00:00Z")).plan(ONCE);

    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("programmed", "again");
    assertThat(plan.waitingList()).singleElement().satisfies(w -> {
      assertThat(w.id()).isEqualTo("asked");
      assertThat(w.decidedBy().kind()).isEqualTo(Decision.Kind.REFUSED);
    });
  }
}
