package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.export.intake.IntakeReport;

/**
 * The ASP18 exports, the intake's report in every language and the acknowledgements in the outbox,
 * byte for byte as reviewed. To accept a deliberate change,
 * run with {@code -Dplenary.golden.update=true}, read the diff, and commit the new files.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/asp18");

  @TempDir
  Path out;

  @Test
  void everyExportMatchesItsGoldenFile() throws Exception {
    Asp18Main.writeAll(Asp18Main.plan().timetable(), out);
    IntakeReport.of(Asp18.intake(), Asp18.plenary(), Asp18.MAILBOX).writeAll(out);
    int replies = Asp18Main.acknowledgements(Asp18Main.plan()).write(Asp18.intake(), out).size();
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).map(out::relativize).sorted().collect(Collectors.toList());
    }
    List<Path> outbox = files.stream().filter(f -> f.startsWith("outbox")).toList();
    assertThat(outbox).hasSize(replies);
    files = files.stream().filter(f -> !f.startsWith("outbox")).collect(Collectors.toList());
    List<String> expected = new java.util.ArrayList<>(List.of("intake.json", "plenary.ics", "plenary.json",
        "schedule.json", "schedule.xml", "speakers.csv", "timeline.svg"));
    for (String lang : List.of("ar", "en", "es", "fr", "ru", "zh")) {
      expected.addAll(List.of("agenda." + lang + ".html", "agenda." + lang + ".md", "intake." + lang + ".md",
          "runsheet." + lang + ".txt"));
    }
    java.util.Collections.sort(expected);
    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactlyElementsOf(expected);
    boolean update = Boolean.getBoolean("plenary.golden.update");
    if (update) {
      try (Stream<Path> old = Files.list(GOLDEN.resolve("outbox"))) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      } catch (java.nio.file.NoSuchFileException e) {
        // the first run with an outbox
      }
    }
    try (Stream<Path> s = Files.list(GOLDEN.resolve("outbox"))) {
      assertThat(update ? outbox : s.map(GOLDEN::relativize).sorted().toList()).as("the golden outbox")
          .containsExactlyElementsOf(outbox);
    } catch (java.nio.file.NoSuchFileException e) {
      assertThat(update).as("golden outbox (run with -Dplenary.golden.update=true)").isTrue();
    }
    files.addAll(outbox);
    for (Path f : files) {
      Path golden = GOLDEN.resolve(f.toString());
      if (update) {
        Files.createDirectories(golden.getParent());
        Files.copy(out.resolve(f), golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(Files.exists(golden)).as("golden file " + golden + " (run with -Dplenary.golden.update=true)").isTrue();
      assertThat(Files.readAllBytes(out.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(golden));
    }
  }
}
