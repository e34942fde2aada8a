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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

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
    try (Stream<Path> s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(31);
    for (Path f : files) {
      Path golden = Path.of("src/test/resources/golden/asp18").resolve(f.getFileName().toString());
      assertThat(Files.readAllBytes(f)).as(f.getFileName() + " under " + language + "_" + country + ", " + zone
          + ", " + encoding).isEqualTo(Files.readAllBytes(golden));
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
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(tz);
    }
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.toList()) {
        assertThat(Files.readAllBytes(f)).as(f.getFileName().toString())
            .isEqualTo(Files.readAllBytes(Path.of("src/test/resources/golden/asp18").resolve(f.getFileName())));
      }
    }
  }
}
