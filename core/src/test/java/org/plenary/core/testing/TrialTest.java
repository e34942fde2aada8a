package org.plenary.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;

/** The kit a rule author plans with: requests written in a line, and the plan read by delegation. */
class TrialTest {

  private static final Rule MINISTERS_FIRST = Rule.of("test.ministers-first",
      LocalizedText.of("ministers first", "les ministres d'abord"), LocalizedText.of("test"),
      d -> d.order(Selector.listSegments(), Place.named("order.rank"),
          r -> r.speaker().rank() == ProtocolRank.MINISTER ? 0 : 1));

  @Test
  void requestsAreWrittenInOrderEachAMinuteAfterTheOneBefore() {
    Trial trial = Trial.sample().request("SP1", Constituency.STATE_PARTY)
        .request("NGO1", Constituency.CIVIL_SOCIETY, Duration.ofMinutes(5));

    assertThat(trial.plenary()).isEqualTo(Sample.plenary());
    assertThat(trial.requests()).extracting(r -> r.id()).containsExactly("r1", "r2");
    assertThat(trial.requests().get(1).received())
        .isEqualTo(trial.requests().get(0).received().plusSeconds(60));
    assertThat(trial.requests().get(1).duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(trial.requests().get(0).segment()).isEqualTo("floor");
    assertThat(trial).hasToString("Trial of " + Sample.plenary().code() + " with 2 requests");
  }

  @Test
  void aTrialIsAValueEachRequestMakesANewOne() {
    Trial empty = Trial.sample();
    Trial one = empty.request("SP1", Constituency.STATE_PARTY);

    assertThat(empty.requests()).isEmpty();
    assertThat(one.requests()).hasSize(1);
    assertThat(one.requests(empty.requests()).requests()).hasSize(1);
    assertThat(empty.requests(one.requests()).requests()).isEqualTo(one.requests());
  }

  @Test
  void thePlanIsReadByDelegationWithTheWordsOfEachDecision() {
    Plan plan = Trial.sample().request("SP1", Constituency.STATE_PARTY)
        .request("SP2", Constituency.STATE_PARTY, ProtocolRank.MINISTER, Duration.ofMinutes(3))
        .plan(MINISTERS_FIRST);

    assertThat(Trial.order(plan, "floor")).containsExactly("SP2", "SP1");
    assertThat(Trial.waiting(plan)).isEmpty();
    assertThat(Trial.decisions(plan, "SP2")).extracting(d -> d.ruleId()).containsExactly("test.ministers-first");
    assertThat(Trial.explain(plan, "SP2", Locale.FRENCH)).isEqualTo("Placé selon les ministres d'abord.\n");
    assertThatThrownBy(() -> Trial.decisions(plan, "XX"))
        .hasMessage("delegation 'XX' neither speaks nor waits; those planned: [chair, body, S1, SP2, SP1]");
  }
}
