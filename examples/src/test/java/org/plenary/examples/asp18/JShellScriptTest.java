package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the JShell scripts as a facilitator would, unattended, so that they cannot rot. */
class JShellScriptTest {

  @TempDir
  Path work;

  static String jshell(Path workDir, String... scripts) throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path scriptsDir = Path.of("jshell").toAbsolutePath();
    List<String> command = new java.util.ArrayList<>(List.of(jshell.toString(), "-R-Duser.language=en",
        "--class-path", System.getProperty("java.class.path")));
    for (String s : scripts) {
      command.add(scriptsDir.resolve(s).toString());
    }
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void theAgendaScriptBuildsChecksAndWritesAnAgenda() throws Exception {
    String out = jshell(work, "startup.jsh", "agenda.jsh");
    assertThat(out).doesNotContain("Error:").doesNotContain("Exception")
        .contains("Plenary is loaded")
        .contains("Plan of \"Briefing on complementarity\": 7 slots")
        .contains("waits:  floor/sp3 A late State Party, waiting: Wait-listed by the registration deadline")
        .contains("aucune erreur");
    Path agenda = work.resolve("out/jshell/agenda.fr.md");
    assertThat(Files.readString(agenda)).startsWith("# Réunion d'information sur la complémentarité");
  }

  @Test
  void theStartupScriptDiscoversRulesAndFormats() throws Exception {
    Path script = work.resolve("discover.jsh");
    Files.writeString(script, "discover()\n/exit\n");
    String out = jshell(work, "startup.jsh", script.toString());
    assertThat(out).contains("time-limit.speaking").contains("order.precedence").contains("frab-xml")
        .contains("ics  (.ics, text/calendar; charset=UTF-8)");
  }
}
