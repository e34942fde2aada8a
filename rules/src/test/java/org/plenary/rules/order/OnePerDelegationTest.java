package org.plenary.rules.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;

class OnePerDelegationTest {

  private static final Delegation KEN = Delegation.of("KEN", "Kenya", Constituency.STATE_PARTY);
  private static final Delegation AU = Delegation.of("AU", "African Union", Constituency.INTERNATIONAL_ORGANISATION);

  private static RequestToSpeak request(String id, Delegation d, int minute) {
    return RequestToSpeak.builder().id(id).speaker(Speaker.of(d)).segment("floor")
        .received(Instant.parse("2021-02-20T09:00:00Z").plusSeconds(60L * minute))
        .duration(Duration.ofMinutes(3)).build();
  }

  @Test
  void keepsTheEarliestRequestAndRefusesTheOthers() {
    List<RequestToSpeak> rs = List.of(request("k2", KEN, 5), request("k1", KEN, 1), request("k3", KEN, 9));
    Plan plan = Planner.of(RuleSet.of(OnePerDelegation.inListSegments())).plan(Sample.plenary(), rs);
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("k1");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("k2", "k3");
    assertThat(plan.waitingList()).allSatisfy(w -> {
      assertThat(w.status()).isEqualTo(Decision.Kind.REFUSED);
      assertThat(w.decidedBy().message().english()).isEqualTo(
          "Refused by the rule of one statement per delegation: Kenya already speaks in “Floor”.");
      assertThat(w.decidedBy().message().in(java.util.Locale.FRENCH)).isEqualTo(
          "Refusée par la règle d'une seule intervention par délégation : cette délégation (Kenya) intervient déjà dans « Débat ».");
    });
  }

  @Test
  void aStatementOnBehalfOfAGroupIsTheGroups() {
    RequestToSpeak group = RequestToSpeak.builder().from(request("g", KEN, 2)).onBehalfOf(AU).build();
    List<RequestToSpeak> rs = List.of(request("k", KEN, 1), group, request("au", AU, 3));
    Plan plan = Planner.of(RuleSet.of(OnePerDelegation.inListSegments())).plan(Sample.plenary(), rs);
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("k", "g");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("au");
    assertThat(plan.waitingList().get(0).decidedBy().message().english()).contains("African Union already speaks");
    assertThat(plan.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("2 speakers checked: none speaks twice in a segment."));
  }

  @Test
  void reportsADelegationThatSpeaksTwice() {
    List<RequestToSpeak> rs = List.of(request("k1", KEN, 1), request("k2", KEN, 2));
    Plan plan = Planner.of(RuleSet.of(OnePerDelegation.inSegments("floor", "nowhere")))
        .check(Planner.of(RuleSet.of()).plan(Sample.plenary(), rs));
    assertThat(plan.findings()).extracting(f -> f.severity() + " " + f.message().english()).containsExactly(
        "ERROR Kenya speaks twice in “Floor”.",
        "WARNING The rule names segment 'nowhere', which the plenary does not have (its segments: "
            + "opening, briefing, floor).");
  }

  @Test
  void aTieInTimeKeepsTheFirstInTheListAndTheProgrammeCountsFirst() {
    List<RequestToSpeak> rs = List.of(request("k2", KEN, 5), request("k1", KEN, 5));
    Plan plan = Planner.of(RuleSet.of(OnePerDelegation.inListSegments())).plan(Sample.plenary(), rs);
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("k2");
    Delegation chair = Sample.delegation("chair", Constituency.CHAIR);
    RequestToSpeak again = RequestToSpeak.builder().from(request("c1", chair, 0)).segment("floor").build();
    Plan withProgramme = Planner.of(RuleSet.of(OnePerDelegation.inSegments("opening", "floor")))
        .plan(Sample.plenary(), List.of(again));
    assertThat(withProgramme.slots("floor")).extracting(Slot::id).containsExactly("c1");
    assertThat(withProgramme.slots("opening")).extracting(Slot::id).containsExactly("open");
  }
}
