package org.plenary.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.plan.Timetable;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;

/**
 * A first program, on a class path without any SLF4J provider and without AssertJ, as an application
 * that added neither has it: it reads the ASP18 mailbox, plans, explains and writes every export but iCalendar, and
 * prints nothing on standard error, SLF4J's warning included. (ical4j, which writes the iCalendar
 * file, asks SLF4J for its loggers when its classes load: an application that writes iCalendar adds
 * a provider, as the README says.)
 */
class FirstProgramTest {

  /** The first program: plan, export everything. */
  public static final class Program {
    private Program() {}

    /** Writes the ASP18 exports but iCalendar to the folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
      Timetable t = Asp18Main.plan().timetable();
      Files.createDirectories(Path.of(args[0]));
      for (String format : List.of("markdown", "html", "runsheet", "csv", "json", "frab-xml", "frab-json", "svg")) {
        try (OutputStream out = Files.newOutputStream(Path.of(args[0], format))) {
          Exporters.byFormat(format).write(t, ExportOptions.in(Locale.FRENCH), out);
        }
      }
      System.out.println(t.plan().explain("court-briefing", Locale.ENGLISH).length() > 0
          && !t.plan().report(Locale.FRENCH).isEmpty() ? "done" : "nothing");
    }
  }

  @Test
  void printsNoWarningWithoutAnSlf4jProvider(@TempDir Path dir) throws Exception {
    List<String> path = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("slf4j-") && !name.startsWith("slf4j-api") || name.startsWith("assertj-")) {
        left.add(name);
      } else {
        path.add(entry);
      }
    }
    assertThat(left).as("the test's own SLF4J provider and AssertJ, left out")
        .anyMatch(n -> n.startsWith("slf4j-simple")).anyMatch(n -> n.startsWith("assertj-core"));
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, path), Program.class.getName(), dir.resolve("out").toString())
        .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8)).isEqualTo("done\n");
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(p.exitValue()).isZero();
    assertThat(dir.resolve("out").resolve("svg")).isNotEmptyFile();
  }
}
