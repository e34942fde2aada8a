package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;

/** The core's bundles are complete in the six official languages, with English's placeholders. */
class CoreBundlesTest {

  static List<Locale> languages() {
    return LocalizedText.OFFICIAL_LANGUAGES;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyKeyHasItsOwnWordingWithTheSamePlaceholders(Locale language) {
    assertThat(Messages.CORE.differences(language)).isEmpty();
    assertThat(Messages.CORE.missing(language)).isEmpty();
    Languages.list(List.of(LocalizedText.of("a"))).in(language);
    assertThat(Languages.gaps(language)).doesNotContainKeys("org/plenary/core/internal/messages",
        "org/plenary/core/text/words");
  }


  /** Each language's plural forms, at the numbers where CLDR's categories change. */
  @ParameterizedTest
  @MethodSource("languages")
  void pluralsFollowEachLanguagesRules(Locale language) {
    int[] counts = {0, 1, 2, 3, 5, 11, 21, 100};
    StringBuilder written = new StringBuilder();
    for (int n : counts) {
      written.append(Messages.CORE.format(language, "series.finding", n, "X")).append(" | ");
    }
    String expected = switch (language.getLanguage()) {
      case "en" -> "0 speakers are carried over to X. | One speaker is carried over to X. | 2 speakers are carried"
          + " over to X. | 3 speakers are carried over to X. | 5 speakers are carried over to X. | 11 speakers are"
          + " carried over to X. | 21 speakers are carried over to X. | 100 speakers are carried over to X. | ";
      case "fr" -> "0 orateurs sont reportés à X. | Un orateur est reporté à X. | 2 orateurs sont reportés à X. |"
          + " 3 orateurs sont reportés à X. | 5 orateurs sont reportés à X. | 11 orateurs sont reportés à X. |"
          + " 21 orateurs sont reportés à X. | 100 orateurs sont reportés à X. | ";
      case "es" -> "0 oradores se aplazan a X. | Un orador se aplaza a X. | 2 oradores se aplazan a X. |"
          + " 3 oradores se aplazan a X. | 5 oradores se aplazan a X. | 11 oradores se aplazan a X. |"
          + " 21 oradores se aplazan a X. | 100 oradores se aplazan a X. | ";
      case "ru" -> "0 ораторов перенесены: X. | 1 оратор перенесён: X. | 2 оратора перенесены: X. |"
          + " 3 оратора перенесены: X. | 5 ораторов перенесены: X. | 11 ораторов перенесены: X. |"
          + " 21 оратор перенесён: X. | 100 ораторов перенесены: X. | ";
      case "zh" -> "0名发言者顺延至X。 | 1名发言者顺延至X。 | 2名发言者顺延至X。 | 3名发言者顺延至X。 |"
          + " 5名发言者顺延至X。 | 11名发言者顺延至X。 | 21名发言者顺延至X。 | 100名发言者顺延至X。 | ";
      case "ar" -> "رُحّل 0 متكلم إلى X. | رُحّل متكلم واحد إلى X. | رُحّل متكلمان إلى X. |"
          + " رُحّل 3 متكلمين إلى X. | رُحّل 5 متكلمين إلى X. | رُحّل 11 متكلماً إلى X. |"
          + " رُحّل 21 متكلماً إلى X. | رُحّل 100 متكلم إلى X. | ";
      default -> throw new AssertionError(language);
    };
    assertThat(written.toString()).isEqualTo(expected);
  }


  @org.junit.jupiter.api.Test
  void aLanguageWithoutBundlesReadsInEnglishAndAFindingNamesEveryKeyItLacks() {
    Locale german = Locale.GERMAN;
    assertThat(Messages.CORE.format(german, "channel.EMAIL")).isEqualTo("e-mail");
    var finding = org.plenary.core.plan.Finding.languageGaps(german).orElseThrow();
    assertThat(finding.severity()).isEqualTo(org.plenary.core.plan.Finding.Severity.WARNING);
    assertThat(finding.ruleId()).isEqualTo("language.gaps");
    assertThat(finding.subject()).isEqualTo("de");
    String english = finding.message().english();
    assertThat(english).contains("no wording in German and read in English: ")
        .contains("org/plenary/core/internal/messages: ").contains("channel.EMAIL, channel.FLOOR")
        .contains("org/plenary/core/text/words: cldr.locale, date.local-time, date.moment");
    assertThat(finding.message().in(Locale.FRENCH)).contains("pas de formulation en allemand");
    assertThat(finding.message().in(Locale.forLanguageTag("ru"))).startsWith("Язык «немецкий»: без перевода ");
    assertThat(Messages.CORE.missing(german)).hasSize(Messages.CORE.keys().size());
  }

  @org.junit.jupiter.api.Test
  void theFindingCountsEveryMissingKey() {
    Locale dutch = Locale.forLanguageTag("nl");
    int missing = Languages.gaps(dutch).values().stream().mapToInt(java.util.Set::size).sum();
    assertThat(missing).isGreaterThan(100);
    assertThat(org.plenary.core.plan.Finding.languageGaps(dutch).orElseThrow().message().english())
        .startsWith(missing + " texts have no wording in Dutch and read in English: ");
    assertThat(org.plenary.core.plan.Finding.languageGaps(Locale.FRENCH).map(f -> f.message().english()).orElse(""))
        .doesNotContain("org/plenary/core/");
  }


  @org.junit.jupiter.api.Test
  void theDayIsTheDayWhateverTheJvmsZone() {
    java.util.TimeZone before = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/St_Johns"));
      com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone("America/St_Johns"));
      assertThat(org.plenary.core.internal.text.Dates.day(java.time.LocalDate.of(2019, 12, 5), Locale.forLanguageTag("pt")))
          .isEqualTo("quinta-feira, 5 de dezembro de 2019");
    } finally {
      java.util.TimeZone.setDefault(before);
      com.ibm.icu.util.TimeZone.setDefault(null);
    }
  }
}
