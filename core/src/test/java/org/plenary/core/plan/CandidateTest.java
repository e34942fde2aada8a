package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.ShapingRule;
import org.plenary.core.text.Durations;
import org.plenary.core.text.LocalizedText;

/** What a rule reads from a candidate, for a programme item and for a request. */
class CandidateTest {

  /** Records what it sees of every candidate; its check reports one note. */
  static class Spy extends ShapingRule {
    final List<Candidate> seen = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Spy() {
      super("test.spy", Step.ALLOT);
    }

    @Override
    public void shape(Draft draft) {
      List<Candidate> all = draft.candidates();
      all.add(all.get(0));
      assertThat(all).hasSize(draft.candidates().size() + 1);
      for (Candidate c : draft.candidates()) {
        seen.add(c);
        notes.add(c.id() + " " + c.speaker().delegation().id() + " " + c.constituency().id() + " "
            + c.allottedMillis() + " " + c.onBehalfOf().map(Delegation::id).orElse("-"));
      }
      draft.allot(seen.get(seen.size() - 1), Duration.ofSeconds(61, 500_000_000));
    }

    @Override
    public List<Finding> check(Plan plan) {
      return List.of(finding(Severity.INFO, "plan", LocalizedText.of("seen")).build());
    }
  }

  @Test
  void readsTheSpeakerConstituencyAndAllotmentOfEachKind() {
    Delegation group = Sample.delegation("G77", Constituency.STATE_PARTY);
    RequestToSpeak request = RequestToSpeak.builder().from(Sample.requests(1, 4).get(0)).onBehalfOf(group)
        .duration(Duration.ofMinutes(2)).build();
    Spy spy = new Spy();
    Plan plan = Planner.of(RuleSet.of(spy)).plan(Sample.plenary(), List.of(request));

    assertThat(spy.notes).containsExactly(
        "open chair chair 300000 -",
        "brief body court 900000 -",
        "case S1 state-party 600000 -",
        "r0 " + request.speaker().delegation().id() + " " + request.constituency().id() + " 120000 G77");
    Candidate programme = spy.seen.get(0);
    Candidate asked = spy.seen.get(3);
    assertThat(programme.isRequest()).isFalse();
    assertThat(programme.request()).isEmpty();
    assertThatThrownBy(programme::received).isInstanceOf(IllegalStateException.class)
        .hasMessage("'open' is a programme item, not a request: it has no time received");
    assertThat(asked.received()).isEqualTo(request.received());
    assertThat(asked.intervention()).isEqualTo(request.toIntervention()).isSameAs(asked.intervention());
    assertThat(asked.allottedMillis()).isEqualTo(61_500);
    assertThat(plan.slot("r0").orElseThrow().allotted()).isEqualTo(Duration.ofSeconds(61, 500_000_000));
    // The spy's note is information, not an error.
    assertThat(plan.findings()).isNotEmpty();
    assertThat(plan.hasErrors()).isFalse();
  }

  /** Marks the last request late, wait-lists the briefing's second item, and reads back what it did. */
  static final class Mover extends Spy {
    final List<String> after = new ArrayList<>();

    @Override
    public void shape(Draft draft) {
      List<Candidate> floor = draft.candidates("floor");
      Candidate last = floor.get(floor.size() - 1);
      after.add(last.toString());
      draft.markLate(last);
      after.add(last.toString());
      Candidate item = draft.candidates("briefing").get(1);
      draft.moveToWaitingList(item, id(), LocalizedText.of("moved"), WaitingEntry.Status.REFUSED);
      for (Candidate c : draft.candidates()) {
        after.add(c.id() + "#" + c.index() + (c.late() ? " late" : "") + " " + c.segment());
      }
      Duration total = draft.total();
      after.add(total.toString());
    }
  }

  @Test
  void marksLateWaitListsTheProgrammeAndCountsTheTotal() {
    List<RequestToSpeak> requests = List.of(
        RequestToSpeak.builder().from(Sample.requests(2, 5).get(0)).duration(Duration.ofSeconds(90, 250_000_000))
            .build(),
        Sample.requests(2, 5).get(1));
    Mover mover = new Mover();
    Plan plan = Planner.of(RuleSet.of(mover)).plan(Sample.plenary(), requests);

    Duration expected = Duration.ofMinutes(5 + 15).plus(Duration.ofSeconds(90, 250_000_000))
        .plus(requests.get(1).duration());
    String r1 = "floor/r1 " + Durations.format(requests.get(1).duration());
    assertThat(mover.after).containsExactly(r1, r1 + " late", "open#0 opening", "brief#1 briefing",
        "r0#0 floor", "r1#1 late floor", expected.toString());
    WaitingEntry out = plan.waitingList().get(0);
    assertThat(out.id()).isEqualTo("case");
    assertThat(out.request()).isEmpty();
    assertThat(out.intervention()).isEqualTo(Sample.plenary().segments().get(1).interventions().get(1));
    assertThat(out.status()).isEqualTo(WaitingEntry.Status.REFUSED);
    assertThat(plan.slot("r1").orElseThrow().late()).isTrue();
  }
}
