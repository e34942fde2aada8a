package org.plenary.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportersTest {

  @Test
  void discoversEveryFormatWithItsMediaTypeAndExtension() {
    assertThat(Exporters.all()).extracting(Exporter::format).containsExactly(
        "csv", "frab-json", "frab-xml", "html", "ics", "json", "markdown", "runsheet", "svg");
    assertThat(Exporters.all()).allSatisfy(e -> {
      assertThat(e.mediaType()).isNotBlank();
      assertThat(e.extension()).matches("[a-z]+");
    });
    assertThat(Exporters.byFormat("ics").mediaType()).isEqualTo("text/calendar; charset=UTF-8");
  }

  @Test
  void refusesAnUnknownFormatListingTheKnownOnes() {
    assertThatThrownBy(() -> Exporters.byFormat("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format 'pdf' is unknown; known: csv, frab-json, frab-xml, html, ics, json, markdown, "
            + "runsheet, svg");
  }

  @Test
  void optionsReadWell() {
    assertThat(ExportOptions.in(Locale.CANADA_FRENCH).locale()).isEqualTo(Locale.FRENCH);
    assertThat(ExportOptions.english().withInterventionEvents(true))
        .hasToString("ExportOptions[en, intervention events]")
        .isEqualTo(ExportOptions.in(Locale.ENGLISH).withInterventionEvents(true));
  }

  @Test
  void everyExporterGivesTheSameBytesTwice() {
    for (Exporter e : Exporters.all()) {
      for (ExportOptions o : Fixtures.bothLanguages()) {
        assertThat(e.toBytes(Fixtures.sample(12), o)).as(e.format())
            .isEqualTo(e.toBytes(Fixtures.sample(12), o));
      }
    }
  }
}
