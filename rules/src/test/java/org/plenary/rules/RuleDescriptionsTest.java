package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleSet;
import org.plenary.rules.deadline.DeadlineMeaning;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.replan.ShortenInProportion;
import org.plenary.rules.replan.ShortenThenWaitList;
import org.plenary.rules.replan.WaitListLast;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/** What each standard rule says of itself, in both languages, and how it reads in JShell. */
class RuleDescriptionsTest {

  @Test
  void descriptionsReadInEnglishAndFrench() {
    SpeakingTimeLimit limit = SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3))
        .andFor(Constituency.CIVIL_SOCIETY, Duration.ofMinutes(2)).andByDefault(Duration.ofMinutes(10));
    assertThat(limit.description().english()).isEqualTo("Speaking time at most (floor: 3 min; civil-society: 2 min; *: 10 min)");
    assertThat(limit).hasToString("time-limit.speaking (Speaking time at most (floor: 3 min; civil-society: 2 min; *: 10 min))");
    assertThat(limit.description().in(Locale.FRENCH))
        .isEqualTo("Temps de parole maximal (floor\u00a0: 3 min ; civil-society\u00a0: 2 min ; *\u00a0: 10 min)");
    assertThat(TimeBudget.shortening(Duration.ofMinutes(2)).description().in(Locale.FRENCH)).isEqualTo(
        "La séance tient dans la durée prévue ; les interventions sont d'abord raccourcies, à 2 min au moins, "
            + "avant que les derniers inscrits ne soient mis en attente");
    assertThat(TimeBudget.waitListing()).hasToString("time-limit.budget (The sitting keeps to its budget; the last "
        + "speakers on the list wait if time runs short)");
    assertThat(Precedence.standard().byRank(false).description().english()).isEqualTo(
        "Speakers in the order: State Party, Observer State, International organisation, Civil society; then by time of request");
    assertThat(Precedence.standard().inSegments("floor")).hasToString(
        "order.precedence [state-party, observer-state, international-organisation, civil-society] by rank in floor");
    assertThat(Precedence.standard()).hasToString(
        "order.precedence [state-party, observer-state, international-organisation, civil-society] by rank in segments that take requests");
    assertThat(FixedPosition.first("court").and("close", FixedPosition.LAST).description().in(Locale.FRENCH))
        .isEqualTo("Places fixes dans le programme : « court » en position 1, « close » en dernier");
    assertThat(FixedPosition.first("court")).hasToString("order.fixed-position {court=1}");
    assertThat(OnePerDelegation.inSegments("floor")).hasToString("order.one-per-delegation in floor");
    assertThat(OnePerDelegation.inListSegments().description().in(Locale.FRENCH))
        .isEqualTo("Une seule intervention par délégation dans chaque segment");
    RegistrationDeadline deadline = RegistrationDeadline.standard().meaning(DeadlineMeaning.END_OF_DAY)
        .late(LatePolicy.REFUSE);
    assertThat(deadline.meaning()).isEqualTo(DeadlineMeaning.END_OF_DAY);
    assertThat(deadline.description().english()).isEqualTo("Requests must arrive by the end of the day named, in "
        + "the venue's time zone; late requests are refused");
    assertThat(deadline).hasToString("deadline.registration (plenary's day) end-of-day, late: refuse");
    assertThat(StandardRules.defaults(Duration.ofMinutes(3)).ids()).containsExactly("deadline.registration",
        "order.one-per-delegation", "order.precedence", "order.fixed-position", "time-limit.speaking",
        "time-limit.segment", "time-limit.budget");
    assertThat(ShortenInProportion.downTo(Duration.ofMinutes(2))).hasToString("replan.shorten down to 2 min");
    assertThat(ShortenThenWaitList.downTo(Duration.ofMinutes(2))).hasToString("replan.shorten-then-wait-list down to 2 min");
    assertThat(WaitListLast.create()).hasToString("replan.wait-list");
    assertThat(ShortenInProportion.downTo(Duration.ofMinutes(2)).andThen(WaitListLast.create()).id())
        .isEqualTo("replan.shorten+replan.wait-list");
  }

  @Test
  void refusesNonPositiveLimitsAndMinimums() {
    assertThatThrownBy(() -> SpeakingTimeLimit.inSegment("floor", Duration.ZERO))
        .hasMessage("limit of segment 'floor' (PT0S) must be positive");
    assertThatThrownBy(() -> SpeakingTimeLimit.none().andFor(Constituency.COURT, Duration.ofMinutes(-1)))
        .hasMessage("limit of constituency 'court' (PT-1M) must be positive");
    assertThatThrownBy(() -> SpeakingTimeLimit.none().andByDefault(Duration.ZERO))
        .hasMessage("default limit (PT0S) must be positive");
    assertThatThrownBy(() -> TimeBudget.shortening(Duration.ZERO)).hasMessage("minimum (PT0S) must be positive");
    assertThatThrownBy(() -> ShortenInProportion.downTo(Duration.ZERO)).hasMessage("minimum (PT0S) must be positive");
    assertThatThrownBy(() -> ShortenThenWaitList.downTo(Duration.ofSeconds(-5)))
        .hasMessage("minimum (PT-5S) must be positive");
    assertThatThrownBy(() -> Precedence.of(List.of(Constituency.COURT, Constituency.COURT)))
        .hasMessage("constituency order [court, court] names one twice");
  }

  @Test
  void fixedPlacesAreReadFromConfiguration() {
    Properties p = new Properties();
    p.setProperty("rules", "order.fixed-position");
    p.setProperty("order.fixed-position.court", "first");
    p.setProperty("order.fixed-position.close", "last");
    p.setProperty("order.fixed-position.third", "3");
    assertThat(RuleSet.load(p, "f", Constituency.standardValues()).rules().get(0))
        .hasToString("order.fixed-position {close=-1, court=1, third=3}");
    for (String bad : List.of("0", "second", "-2")) {
      RuleConfig c = RuleConfig.of("f", FixedPosition.ID, Map.of("court", bad), Constituency.standardValues());
      assertThatThrownBy(() -> new FixedPosition.Provider().create(c))
          .hasMessage("f: order.fixed-position.court = '" + bad + "' is not a place: 'first', 'last' or a number from 1");
    }
  }

  @Test
  void scopesAndDaysAreReadFromConfiguration() {
    RuleConfig bad = RuleConfig.of("f", OnePerDelegation.ID, Map.of("segments", "floor,,x"), Constituency.standardValues());
    assertThatThrownBy(() -> new OnePerDelegation.Provider().create(bad))
        .hasMessage("f: order.one-per-delegation.segments = 'floor,,x' holds an empty segment id");
    RuleConfig day = RuleConfig.of("f", RegistrationDeadline.ID, Map.of("day", "3 December"), Constituency.standardValues());
    assertThatThrownBy(() -> new RegistrationDeadline.Provider().create(day))
        .hasMessage("f: deadline.registration.day = '3 December' is not an ISO date such as 2019-12-03");
    RuleConfig ok = RuleConfig.of("f", RegistrationDeadline.ID, Map.of("day", "2019-12-03"), Constituency.standardValues());
    assertThat(new RegistrationDeadline.Provider().create(ok)).hasToString("deadline.registration 2019-12-03 before-day, late: wait-list");
    RuleConfig fr = RuleConfig.of("f", TimeBudget.ID, Map.of("because.fr", "la note"), Constituency.standardValues());
    assertThatThrownBy(() -> new TimeBudget.Provider().create(fr))
        .hasMessage("f: time-limit.budget.because.fr = 'la note' needs 'because.en' too: English is the fallback");
    RuleConfig en = RuleConfig.of("f", TimeBudget.ID, Map.of("because.en", "the note"), Constituency.standardValues());
    assertThat(new TimeBudget.Provider().create(en).reason().in(Locale.FRENCH)).isEqualTo("the note");
  }
}
