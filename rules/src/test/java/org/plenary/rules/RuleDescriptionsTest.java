package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.rules.deadline.DeadlineMeaning;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.Cap;
import org.plenary.rules.time.Reserve;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/**
 * What each standard rule says of itself, in both languages, naming segments and speakers as readers
 * know them and never by id, and how it reads in JShell.
 */
class RuleDescriptionsTest {

  private final Plenary plenary = Sample.plenary();

  private String fr(Rule r) {
    return r.describe(plenary).in(Locale.FRENCH);
  }

  private String en(Rule r) {
    return r.describe(plenary).in(Locale.ENGLISH);
  }

  @Test
  void limitsNameTheirSegmentsAndConstituencies() {
    SpeakingTimeLimit limit = SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3))
        .andFor(Constituency.CIVIL_SOCIETY, Duration.ofMinutes(2)).andByDefault(Duration.ofMinutes(10));
    assertThat(en(limit)).isEqualTo(
        "Speaking time at most: 3 min in “Floor”, 2 min for civil society and 10 min elsewhere");
    assertThat(fr(limit)).isEqualTo(
        "Temps de parole maximal : 3 min dans « Débat », 2 min pour la société civile et 10 min ailleurs");
    assertThat(limit.name().in(Locale.FRENCH)).isEqualTo("la limite du temps de parole");
    assertThat(limit).hasToString("time-limit.speaking {floor=PT3M, civil-society=PT2M, *=PT10M}");
    assertThat(SpeakingTimeLimit.none().describe(plenary).english()).isEqualTo("Speaking time is limited");
  }

  @Test
  void budgetsAndAllotmentsSayHowTheyFit() {
    assertThat(TimeBudget.shortening(Duration.ofMinutes(2)).describe(plenary).in(Locale.FRENCH)).isEqualTo(
        "La séance tient dans la durée prévue ; les interventions sont d'abord raccourcies, à 2 min au moins, "
            + "avant que les derniers inscrits ne soient mis en attente");
    assertThat(TimeBudget.fitting(Fit.shorten(Duration.ofMinutes(1))).describe(plenary).english())
        .isEqualTo("The sitting keeps to its budget; statements are shortened, to no less than 1 min");
    assertThat(TimeBudget.waitListing()).hasToString("time-limit.budget (wait-list)");
    SegmentAllotment allotment = SegmentAllotment.declared().and("floor", Duration.ofMinutes(40));
    assertThat(fr(allotment)).isEqualTo("Chaque segment tient dans le temps qui lui est imparti : 40 min pour "
        + "« Débat »");
    assertThat(SegmentAllotment.declared().describe(plenary).english())
        .isEqualTo("Each segment keeps to its allotment");
  }

  @Test
  void ordersAndPlacesNameTheirSpeakersAsTheAgendaDoes() {
    assertThat(Precedence.standard().byRank(false).describe(plenary).english()).isEqualTo(
        "Speakers in this order: States Parties, then observer States, then international organisations, "
            + "then civil society; then by time of request");
    Precedence tiers = Precedence.tiers(List.of(Set.of(Constituency.STATE_PARTY),
        List.of(Constituency.OBSERVER_STATE, Constituency.CIVIL_SOCIETY)));
    assertThat(tiers.describe(plenary).in(Locale.FRENCH)).isEqualTo("Orateurs dans l'ordre suivant : les États "
        + "Parties, puis les États observateurs et la société civile ; puis selon le rang protocolaire et l'heure "
        + "de la demande");
    assertThat(Precedence.standard().inSegments("floor")).hasToString("order.precedence [[state-party], "
        + "[observer-state], [international-organisation], [civil-society]] by rank in floor");
    FixedPosition places = FixedPosition.first("brief").and("open", FixedPosition.LAST)
        .and("r7", 2, org.plenary.core.text.LocalizedText.of("the African Group", "le Groupe africain"));
    assertThat(fr(places)).isEqualTo("Places fixes dans le programme : Delegation body en premier dans "
        + "« Exposé », Delegation chair en dernier dans « Ouverture » et le Groupe africain en position 2 dans "
        + "son segment");
    assertThat(en(places)).doesNotContain("brief").doesNotContain("r7");
    assertThat(FixedPosition.first("court")).hasToString("order.fixed-position {court=1}");
    assertThat(OnePerDelegation.inSegments("floor")).hasToString("order.one-per-delegation in floor");
    assertThat(OnePerDelegation.inListSegments().describe(plenary).in(Locale.FRENCH))
        .isEqualTo("Une seule intervention par délégation dans chaque segment");
  }

  @Test
  void theDeadlineNamesItsDayOnceItKnowsThePlenary() {
    RegistrationDeadline deadline = RegistrationDeadline.standard().meaning(DeadlineMeaning.END_OF_DAY)
        .late(LatePolicy.REFUSE);
    assertThat(deadline.meaning()).isEqualTo(DeadlineMeaning.END_OF_DAY);
    assertThat(en(deadline)).isEqualTo("Requests must arrive by the end of Monday, 1 March 2021; late requests "
        + "are refused");
    assertThat(fr(RegistrationDeadline.standard())).isEqualTo("Les demandes doivent parvenir avant le lundi "
        + "1 mars 2021 ; les demandes tardives sont mises en attente");
    assertThat(deadline).hasToString("deadline.registration (plenary's day) end-of-day, late: refuse");
  }

  @Test
  void reservesAndCapsSayForWhomAndHowMuch() {
    Reserve reserve = Reserve.places("floor", 3, Constituency.OBSERVER_STATE, Constituency.CIVIL_SOCIETY)
        .andTime("briefing", Duration.ofMinutes(9), Constituency.COURT);
    assertThat(en(reserve)).isEqualTo("Held in reserve: 3 places for observer States and civil "
        + "society in “Floor” and 9 min for the International Criminal Court in “Briefing”; whatever they do "
        + "not ask for goes to the other speakers");
    assertThat(fr(Cap.places("floor", 2, Constituency.CIVIL_SOCIETY)))
        .isEqualTo("Au plus : 2 places pour la société civile dans « Débat »");
    assertThat(reserve.name().english()).isEqualTo("the reserve");
    assertThat(Cap.time("floor", Duration.ofMinutes(6), Constituency.CIVIL_SOCIETY).toString())
        .isEqualTo("time-limit.cap [floor [civil-society] 6 min]");
  }

  @Test
  void theStandardSetHoldsEveryRuleButTheShares() {
    assertThat(StandardRules.defaults(Duration.ofMinutes(3)).rules()).extracting(Rule::id)
        .containsExactly("deadline.registration",
        "order.one-per-delegation", "order.precedence", "order.fixed-position", "time-limit.speaking",
        "time-limit.segment", "time-limit.budget");
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
    assertThatThrownBy(() -> Precedence.of(List.of(Constituency.COURT, Constituency.COURT)))
        .hasMessage("constituency tiers [[court], [court]] name 'court' twice");
    assertThatThrownBy(() -> Reserve.places("floor", 0, Constituency.COURT))
        .hasMessage("places of the share of segment 'floor' (0) must be 1 or more");
    assertThatThrownBy(() -> Cap.places("floor", 1))
        .hasMessage("share of segment 'floor' names no constituency");
    assertThatThrownBy(() -> Reserve.time("floor", Duration.ZERO, Constituency.COURT))
        .hasMessage("time of the share of segment 'floor' (PT0S) must be positive");
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
  void scopesDaysAndReasonsAreReadFromConfiguration() {
    RuleConfig bad = RuleConfig.of("f", OnePerDelegation.ID, Map.of("segments", "floor,,x"), Constituency.standardValues());
    assertThatThrownBy(() -> new OnePerDelegation.Provider().create(bad))
        .hasMessage("f: order.one-per-delegation.segments = 'floor,,x' holds an empty id between its commas");
    RuleConfig day = RuleConfig.of("f", RegistrationDeadline.ID, Map.of("day", "3 December"), Constituency.standardValues());
    assertThatThrownBy(() -> new RegistrationDeadline.Provider().create(day))
        .hasMessage("f: deadline.registration.day = '3 December' is not an ISO date such as 2019-12-03");
    RuleConfig ok = RuleConfig.of("f", RegistrationDeadline.ID, Map.of("day", "2019-12-03"), Constituency.standardValues());
    assertThat(new RegistrationDeadline.Provider().create(ok)).hasToString("deadline.registration 2019-12-03 before-day, late: wait-list");
    Properties p = new Properties();
    p.setProperty("rules", "time-limit.budget");
    p.setProperty("time-limit.budget.because.fr", "la note");
    assertThatThrownBy(() -> RuleSet.load(p, "f", Constituency.standardValues()))
        .hasMessage("f: time-limit.budget.because.fr = 'la note' needs 'because.en' too: English is the fallback");
    p.setProperty("time-limit.budget.because.en", "the note");
    assertThat(RuleSet.load(p, "f", Constituency.standardValues()).rules().get(0).reason().in(Locale.FRENCH))
        .isEqualTo("la note");
  }
}
