package org.plenary.examples.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Timetable;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;

/**
 * A facilitation adds German with resource files on its own class path and no code: the test
 * resources {@code org/plenary/core/text/words_de.properties} (complete) and
 * {@code org/plenary/export/internal/messages_de.properties} (a few headings). What they give reads in
 * German, the rest in English, and the gap is a finding that names every missing key.
 */
class AddedLanguageTest {

  private static final Locale GERMAN = Locale.GERMAN;

  @Test
  void aLanguageAddedByFilesAloneIsWrittenAndItsGapsAreNamed() {
    Timetable t = Asp18Main.plan().timetable();
    String agenda = Exporters.byFormat("markdown").toText(t, ExportOptions.in(GERMAN));
    assertThat(agenda).contains("## Programm").contains("## Schwerpunktthemen")
        .contains("Donnerstag, 5. Dezember 2019").contains("| Zeit | Delegation |")
        .contains("2 Std.");
    assertThat(agenda).contains("Time allotted to the segment: 20 Min.");

    Finding gaps = Finding.languageGaps(GERMAN).orElseThrow();
    String message = gaps.message().english();
    assertThat(message).contains("no wording in German and read in English")
        .contains("org/plenary/export/internal/messages: agenda.allotment")
        .doesNotContain("agenda.programme").doesNotContain("org/plenary/core/text/words");
    assertThat(message).contains("org/plenary/core/internal/messages: ")
        .contains("org/plenary/rules/internal/messages: ");

    String sheet = Exporters.byFormat("runsheet").toText(t, ExportOptions.in(GERMAN));
    assertThat(sheet).contains(gaps.render(GERMAN, java.util.Optional.empty()));
    for (Locale official : org.plenary.core.text.LocalizedText.OFFICIAL_LANGUAGES) {
      assertThat(Finding.languageGaps(official)).as(official.toString()).isEmpty();
    }
  }
}
