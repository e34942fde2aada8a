package org.plenary.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Rule;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/** The rules' words are complete in the six official languages, and every rule speaks each of them. */
class RulesBundlesTest {

  static List<Locale> languages() {
    return LocalizedText.OFFICIAL_LANGUAGES;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyKeyHasItsOwnWordingWithTheSamePlaceholders(Locale language) {
    assertThat(Messages.RULES.differences(language)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void placesArePluralInEachLanguagesWay(Locale language) {
    StringBuilder written = new StringBuilder();
    for (int n : new int[] {0, 1, 2, 3, 5, 11, 21, 100}) {
      written.append(Messages.RULES.format(language, "places", n)).append(" | ");
    }
    String expected = switch (language.getLanguage()) {
      case "en" -> "0 places | one place | 2 places | 3 places | 5 places | 11 places | 21 places | 100 places | ";
      case "fr" -> "0 places | une place | 2 places | 3 places | 5 places | 11 places | 21 places | 100 places | ";
      case "es" -> "0 puestos | un puesto | 2 puestos | 3 puestos | 5 puestos | 11 puestos | 21 puestos | 100 puestos | ";
      case "ru" -> "0 мест | 1 место | 2 места | 3 места | 5 мест | 11 мест | 21 место | 100 мест | ";
      case "zh" -> "0个名额 | 1个名额 | 2个名额 | 3个名额 | 5个名额 | 11个名额 | 21个名额 | 100个名额 | ";
      case "ar" -> "لا أماكن | مكان واحد | مكانان | 3 أماكن | 5 أماكن | 11 مكاناً | 21 مكاناً | 100 مكان | ";
      default -> throw new AssertionError(language);
    };
    assertThat(written.toString()).isEqualTo(expected);
  }

  /** A description in a language other than English holds none of English's words. */
  @ParameterizedTest
  @MethodSource("languages")
  void theStandardRulesDescribeThemselvesInTheLanguage(Locale language) {
    Plenary plenary = Sample.plenary();
    List<Rule> rules = List.of(
        SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3))
            .andFor(Constituency.CIVIL_SOCIETY, Duration.ofMinutes(2)),
        TimeBudget.shortening(Duration.ofMinutes(2)), Precedence.standard());
    for (Rule rule : rules) {
      String text = rule.describe(plenary).in(language) + " " + rule.name().in(language) + " "
          + rule.reason().in(language);
      if (!language.getLanguage().equals("en")) {
        assertThat(text).as(rule.id()).doesNotContain("Speaking", "speakers", "budget", "then", " and ");
      }
      assertThat(text).as(rule.id()).doesNotContain("{", "}");
    }
  }
}
