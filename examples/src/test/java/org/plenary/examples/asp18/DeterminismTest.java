package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planner and every exporter give the same bytes whatever the JVM's default locale, time zone
 * and charset: the main job runs in a fresh JVM under each setting, and its files must equal the
 * golden ones.
 */
class DeterminismTest {

  @TempDir
  Path out;

  @ParameterizedTest(name = "{0}-{1}, {2}, {3}")
  @CsvSource({
      "tr, TR, Pacific/Kiritimati, ISO-8859-1",
      "ar, SA, America/St_Johns, US-ASCII",
      "fr, FR, Asia/Kathmandu, UTF-8"})
  void theExportsAreByteIdenticalUnder(String language, String country, String zone, String encoding)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        "-Duser.language=" + language, "-Duser.country=" + country, "-Duser.timezone=" + zone,
        "-Dfile.encoding=" + encoding, "-Dsun.stdout.encoding=" + encoding,
        "-cp", System.getProperty("java.class.path"), Asp18Main.class.getName(), out.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
    }
    Path goldens = Path.of("src/test/resources/golden/asp18");
    List<Path> expected;
    try (Stream<Path> s = Files.walk(goldens)) {
      expected = s.filter(Files::isRegularFile).map(goldens::relativize).sorted().toList();
    }
    // 31 exports and reports, and the outbox's acknowledgements.
    assertThat(files).hasSizeGreaterThan(31).containsExactlyElementsOf(expected);
    for (Path f : files) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f + " under " + language + "_" + country + ", " + zone
          + ", " + encoding).isEqualTo(Files.readAllBytes(goldens.resolve(f)));
    }
  }

  @ParameterizedTest
  @CsvSource({"tr, TR, Pacific/Kiritimati", "ar, SA, America/St_Johns"})
  void theSameInThisJvm(String language, String country, String zone) throws Exception {
    Locale locale = Locale.getDefault();
    TimeZone tz = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale(language, country));
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      Asp18Main.writeAll(Asp18Main.plan().timetable(), out);
      Asp18Main.acknowledgements(Asp18Main.plan()).write(Asp18.intake(), out);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(tz);
    }
    try (Stream<Path> s = Files.walk(out)) {
      List<Path> files = s.filter(Files::isRegularFile).toList();
      assertThat(files).anyMatch(f -> f.getParent().getFileName().toString().equals("outbox"));
      for (Path f : files) {
        assertThat(Files.readAllBytes(f)).as(out.relativize(f).toString())
            .isEqualTo(Files.readAllBytes(Path.of("src/test/resources/golden/asp18").resolve(out.relativize(f))));
      }
    }
  }
}
