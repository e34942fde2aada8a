package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.export.yaml.PlenaryFile;

/**
 * The ASP18 plenary written in YAML ({@code asp18.yaml}) is the plenary {@link Asp18} builds in Java:
 * the same value, the same exports byte for byte in every language, and a file its published schema
 * accepts.
 */
class Asp18FileTest {

  @Test
  void theFileIsThePlenaryTheJavaBuilds() {
    Plenary fromFile = Asp18.plenaryFromFile();
    assertThat(fromFile).isEqualTo(Asp18.plenary());
    assertThat(fromFile.title().byLanguage()).containsOnlyKeys("ar", "en", "es", "fr", "ru", "zh");
  }

  @Test
  void everyExportInEveryLanguageIsByteForByteTheJavaOnes(@TempDir Path dir) throws Exception {
    List<RequestToSpeak> requests = Asp18.requests();
    Plan java = Planner.of(Asp18.rules()).withClock(Asp18Main.PLANNED_AT).plan(Asp18.plenary(), requests);
    Plan file = Planner.of(Asp18.rules()).withClock(Asp18Main.PLANNED_AT).plan(Asp18.plenaryFromFile(), requests);
    Asp18Main.writeAll(java.timetable(), dir.resolve("java"));
    Asp18Main.writeAll(file.timetable(), dir.resolve("file"));
    List<Path> written;
    try (Stream<Path> s = Files.list(dir.resolve("java"))) {
      written = s.sorted().toList();
    }
    assertThat(written).extracting(p -> p.getFileName().toString()).contains("agenda.ar.md", "agenda.zh.html",
        "runsheet.ru.txt", "agenda.es.md", "agenda.fr.html", "agenda.en.md", "speakers.csv", "plenary.json",
        "plenary.ics", "schedule.xml", "schedule.json", "timeline.svg").hasSize(24);
    for (Path j : written) {
      Path f = dir.resolve("file").resolve(j.getFileName().toString());
      assertThat(Files.readAllBytes(f)).as(j.getFileName().toString()).isEqualTo(Files.readAllBytes(j));
    }
    try (Stream<Path> s = Files.list(dir.resolve("file"))) {
      assertThat(s.count()).isEqualTo(written.size());
    }
  }

  @Test
  void thePublishedSchemaAcceptsTheFile() throws Exception {
    try (InputStream in = Asp18.class.getResourceAsStream(Asp18.FILE)) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(PlenaryFile.schema())
          .validate(new YAMLMapper().readTree(in))).isEmpty();
    }
  }
}
