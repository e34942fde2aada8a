package org.plenary.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.rules.order.Precedence;

class RegistrationDeadlineTest {

  /** The sample's deadline day is 1 March 2021, Europe/Amsterdam (UTC+1). */
  private static final ZonedDateTime MIDNIGHT = Sample.DEADLINE.atStartOfDay(Sample.ZONE);

  private static RequestToSpeak at(String id, Instant received) {
    return RequestToSpeak.builder().from(Sample.requests(1, 3).get(0)).id(id).received(received).build();
  }

  private static Plan plan(RegistrationDeadline rule, RequestToSpeak... requests) {
    return Planner.of(RuleSet.of(rule)).plan(Sample.plenary(), List.of(requests));
  }

  @Test
  void beforeTheDayMeansStrictlyBeforeMidnightInTheVenuesZone() {
    Plan plan = plan(RegistrationDeadline.standard(),
        at("just-in-time", MIDNIGHT.toInstant().minusMillis(1)),
        at("at-midnight", MIDNIGHT.toInstant()));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("just-in-time");
    assertThat(plan.waitingList()).singleElement().satisfies(w -> {
      assertThat(w.id()).isEqualTo("at-midnight");
      assertThat(w.status()).isEqualTo(Decision.Kind.WAIT_LISTED);
      assertThat(w.decidedBy().message().in(Locale.ENGLISH))
          .isEqualTo("Wait-listed by the registration deadline: received after the deadline, Monday, 1 March "
              + "2021 at 00:00 (Test hall time).");
      assertThat(w.decidedBy().message().in(Locale.FRENCH))
          .isEqualTo("Mise en attente par la date limite d'inscription : demande reçue après la date limite, "
              + "lundi 1 mars 2021 à 00:00 (heure de Salle d'essai).");
    });
    assertThat(MIDNIGHT.toInstant()).isEqualTo(Instant.parse("2021-02-28T23:00:00Z"));
  }

  @Test
  void byTheEndOfTheDayAdmitsTheDayItself() {
    RegistrationDeadline rule = RegistrationDeadline.standard().meaning(DeadlineMeaning.END_OF_DAY);
    Plan plan = plan(rule, at("that-evening", MIDNIGHT.plusHours(23).plusMinutes(59).toInstant()),
        at("next-day", MIDNIGHT.plusDays(1).toInstant()));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("that-evening");
    assertThat(plan.waitingList()).extracting(WaitingEntry::id).containsExactly("next-day");
  }

  /** The note counts every request, planned or waiting, and every late one, wherever the policy put it. */
  @Test
  void countsTheRequestsCheckedAndTheLateOnesInTheListAndOnTheWaitingList() {
    RequestToSpeak[] requests = {at("a", MIDNIGHT.minusDays(2).toInstant()),
        at("b", MIDNIGHT.minusHours(3).toInstant()), at("c", MIDNIGHT.minusMinutes(1).toInstant()),
        at("d", MIDNIGHT.plusHours(1).toInstant()), at("e", MIDNIGHT.plusDays(1).toInstant())};
    Plan admitted = plan(RegistrationDeadline.standard().late(LatePolicy.ADMIT_AFTER), requests);
    assertThat(admitted.slots("floor")).hasSize(5);
    assertThat(admitted.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("5 requests checked: 2 admitted after the others, none to wait, none refused."));
    Plan waiting = plan(RegistrationDeadline.standard(), requests);
    assertThat(waiting.waitingList()).extracting(WaitingEntry::id).containsExactly("d", "e");
    assertThat(waiting.findings()).singleElement().satisfies(f -> assertThat(f.message().in(Locale.FRENCH))
        .isEqualTo("5 demandes vérifiées : aucune admise après les autres, 2 en attente, aucune refusée."));
  }

  @Test
  void refusedLateRequestsAreRefused() {
    Plan plan = plan(RegistrationDeadline.standard().late(LatePolicy.REFUSE),
        at("late", MIDNIGHT.plusHours(2).toInstant()));
    assertThat(plan.waitingList()).singleElement()
        .satisfies(w -> assertThat(w.status()).isEqualTo(Decision.Kind.REFUSED));
    assertThat(plan.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("One request checked: none admitted after the others, none to wait, one refused."));
  }

  @Test
  void admittedAfterTheOthersSpeakLast() {
    RuleSet rules = RuleSet.of(RegistrationDeadline.standard().late(LatePolicy.ADMIT_AFTER),
        Precedence.standard());
    RequestToSpeak late = at("late", MIDNIGHT.plusHours(2).toInstant());
    RequestToSpeak early = RequestToSpeak.builder().from(at("early", MIDNIGHT.minusDays(1).toInstant()))
        .speaker(Sample.requests(8, 3).get(7).speaker()).build();
    Plan plan = Planner.of(rules).plan(Sample.plenary(), List.of(late, early));
    assertThat(plan.slots("floor")).extracting(Slot::id).containsExactly("early", "late");
    assertThat(plan.slot("late").orElseThrow().decisions()).extracting(Decision::kind)
        .contains(Decision.Kind.ADMITTED_LATE);
    assertThat(plan.errors()).isEmpty();
  }

  @Test
  void reportsALateRequestAdmittedAgainstThePolicy() {
    RequestToSpeak late = at("late", MIDNIGHT.plusHours(2).toInstant());
    Plan plan = Planner.of(RuleSet.of(RegistrationDeadline.standard().late(LatePolicy.REFUSE)))
        .check(Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of(late)));
    assertThat(plan.errors()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("late");
      assertThat(f.message().english()).endsWith(" is on the list, although: received after the deadline, "
          + "Monday, 1 March 2021 at 00:00 (Test hall time).");
    });
  }

  @Test
  void saysSoWhenThereIsNothingToCheck() {
    Plan none = plan(RegistrationDeadline.standard());
    assertThat(none.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message().english()).isEqualTo("Nothing to check: no speech falls under the rule.");
    });
    Plenary open = Plenary.builder().from(Sample.plenary()).registration(java.util.Optional.empty()).build();
    Plan noDeadline = Planner.of(RuleSet.of(RegistrationDeadline.standard()))
        .plan(open, Sample.requests(3, 1));
    assertThat(noDeadline.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("Nothing to check: the rule asks nothing of this plenary."));
    assertThat(noDeadline.waitingList()).isEmpty();
  }

  @Test
  void aDayOfItsOwnOverridesThePlenarys() {
    RegistrationDeadline rule = RegistrationDeadline.standard().day(Sample.DEADLINE.plusDays(5));
    assertThat(rule.cutOff(Sample.plenary())).contains(MIDNIGHT.plusDays(5));
    assertThat(rule.isLate(Sample.plenary(), at("x", MIDNIGHT.plusDays(1).toInstant()))).isFalse();
    assertThat(rule.isLate(Sample.plenary(), at("y", MIDNIGHT.plusDays(5).toInstant()))).isTrue();
    assertThat(rule.isLate(Sample.plenary(), at("z", MIDNIGHT.plusDays(5).minusNanos(1).toInstant())))
        .isFalse();
    assertThat(Duration.between(MIDNIGHT, DeadlineMeaning.END_OF_DAY.cutOff(Sample.DEADLINE, Sample.ZONE)))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void reportsALateRequestPlacedBeforeOneOnTime() {
    RequestToSpeak late = at("late", MIDNIGHT.plusHours(2).toInstant());
    RequestToSpeak early = at("early", MIDNIGHT.minusDays(2).toInstant());
    Plan plan = Planner.of(RuleSet.of(RegistrationDeadline.standard().late(LatePolicy.ADMIT_AFTER)))
        .check(Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of(late, early)));
    assertThat(plan.errors()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("early");
      assertThat(f.ruleId()).isEqualTo(RegistrationDeadline.ID);
      assertThat(f.message().english()).endsWith(" in “Floor”, against the registration deadline (one "
          + "speaker out of place).");
    });
    Plan right = Planner.of(RuleSet.of(RegistrationDeadline.standard().late(LatePolicy.ADMIT_AFTER)))
        .check(Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of(early, late)));
    assertThat(right.errors()).isEmpty();
  }
}
