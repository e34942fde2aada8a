package org.plenary.rules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;

/** The reserve and the cap: written in code or in a file, the same rule, worded in each language. */
class SharesRulesTest {

  private static Trial floor() {
    Trial t = Trial.sample();
    for (int i = 1; i <= 4; i++) {
      t = t.request("SP" + i, Constituency.STATE_PARTY);
    }
    return t.request("NGO1", Constituency.CIVIL_SOCIETY).request("NGO2", Constituency.CIVIL_SOCIETY)
        .request("NGO3", Constituency.CIVIL_SOCIETY);
  }

  private static RuleSet load(String... lines) {
    Properties p = new Properties();
    for (String line : lines) {
      int eq = line.indexOf('=');
      p.setProperty(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
    }
    return RuleSet.load(p, "test.properties", Constituency.standardValues());
  }

  @Test
  void aRuleReadFromAFileEqualsTheSameRuleWrittenInCode() {
    RuleSet rules = load("rules = time-limit.reserve, time-limit.cap",
        "time-limit.reserve.floor.constituencies = civil-society, observer-state",
        "time-limit.reserve.floor.time = PT9M",
        "time-limit.cap.floor.constituencies = civil-society",
        "time-limit.cap.floor.places = 2");

    Reserve reserve = Reserve.time("floor", Duration.ofMinutes(9), Constituency.OBSERVER_STATE,
        Constituency.CIVIL_SOCIETY);
    assertThat(rules.rule(Reserve.ID, Reserve.class)).contains(reserve);
    assertThat(rules.rule(Cap.ID, Cap.class)).contains(Cap.places("floor", 2, Constituency.CIVIL_SOCIETY));
    assertThat(reserve).hasSameHashCodeAs(Reserve.time("floor", Duration.ofMinutes(9),
        Constituency.CIVIL_SOCIETY, Constituency.OBSERVER_STATE));
    assertThat(reserve).isNotEqualTo(Reserve.time("floor", Duration.ofMinutes(6), Constituency.CIVIL_SOCIETY))
        .isNotEqualTo(Cap.time("floor", Duration.ofMinutes(9), Constituency.OBSERVER_STATE,
            Constituency.CIVIL_SOCIETY));
    assertThat(reserve).hasToString("time-limit.reserve [floor [observer-state, civil-society] 9 min]");
  }

  @Test
  void aShareNeedsItsConstituenciesAndEitherATimeOrPlaces() {
    assertThatThrownBy(() -> load("rules = time-limit.reserve", "time-limit.reserve.floor.places = 2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor.constituencies")
        .hasMessageContaining("name the constituencies the share is for");
    assertThatThrownBy(() -> load("rules = time-limit.cap", "time-limit.cap.floor.constituencies = civil-society"))
        .hasMessageContaining("floor.time").hasMessageContaining("give either a time or a number of places");
    assertThatThrownBy(() -> load("rules = time-limit.cap", "time-limit.cap.floor.constituencies = civil-society",
        "time-limit.cap.floor.time = PT3M", "time-limit.cap.floor.places = 1"))
        .hasMessageContaining("floor.places").hasMessageContaining("is set too");
    assertThatThrownBy(() -> Reserve.places("floor", 0, Constituency.CIVIL_SOCIETY))
        .hasMessage("places of the share of segment 'floor' (0) must be 1 or more");
  }

  @Test
  void theReserveGivesItsGroupPlacesTheOrderWouldNotAndTheCapTakesThemAway() {
    Reserve reserve = Reserve.places("floor", 2, Constituency.CIVIL_SOCIETY);
    Plan held = floor().plan(reserve, SegmentAllotment.declared().and("floor", Duration.ofMinutes(15)));
    assertThat(Trial.order(held, "floor")).containsExactly("SP1", "SP2", "SP3", "NGO1", "NGO2");

    Plan capped = floor().plan(Cap.places("floor", 1, Constituency.CIVIL_SOCIETY));
    assertThat(Trial.order(capped, "floor")).containsExactly("SP1", "SP2", "SP3", "SP4", "NGO1");
    assertThat(Trial.waiting(capped)).containsExactly("NGO2", "NGO3");
  }

  @Test
  void eachRuleSaysWhatItHoldsInEachLanguage() {
    Reserve reserve = Reserve.places("floor", 3, Constituency.CIVIL_SOCIETY, Constituency.OBSERVER_STATE);

    assertThat(reserve.describe(Sample.plenary()).in(Locale.FRENCH)).isEqualTo("En réserve : 3 places "
        + "pour les États observateurs et la société civile dans « Débat » ; ce qui n'est pas demandé revient "
        + "aux autres orateurs");
    assertThat(Cap.time("floor", Duration.ofMinutes(6), Constituency.CIVIL_SOCIETY).describe(Sample.plenary())
        .english()).isEqualTo("At most: 6 min for civil society in “Floor”");
    assertThat(reserve.name().in(Locale.FRENCH)).isEqualTo("la réserve");
    assertThat(Cap.places("floor", 1, Constituency.CIVIL_SOCIETY).reason().english())
        .isEqualTo("a share of the floor that no group may exceed");
  }
}
