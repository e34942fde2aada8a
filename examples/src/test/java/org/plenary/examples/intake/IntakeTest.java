package org.plenary.examples.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.examples.asp18.Asp18;

/** The Secretariat's command, as the README gives it. */
class IntakeTest {

  @TempDir
  Path out;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return Intake.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @Test
  void readsAMailboxAndWritesTheReport() throws Exception {
    Path mail = Asp18.mail();
    int status = run(mail.resolve("asp18.mbox").toString(), mail.resolve("directory.csv").toString(), out.toString(),
        mail.resolve("intake.properties").toString());
    assertThat(status).isZero();
    assertThat(out.toFile().list()).containsExactlyInAnyOrder("intake.ar.md", "intake.zh.md", "intake.en.md",
        "intake.fr.md", "intake.ru.md", "intake.es.md", "intake.json", "outbox");
    String printed = stdout.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().findFirst().orElseThrow()).isEqualTo("Plenary \"Plenary session on cooperation\" "
        + "(the ASP18 example's; no PLAN.json given), settings intake.properties");
    assertThat(printed).contains("53 messages", "review 4", "46 on the list", "51 acknowledgements written to");
    // Every message but the automatic reply and the bounce is answered.
    assertThat(out.resolve("outbox").toFile().list()).hasSize(51).allMatch(f -> f.endsWith(".eml"));
    assertThat(Files.readString(out.resolve("intake.fr.md"))).contains("## À examiner");
    String written = printed.lines().filter(l -> l.startsWith("Report written to ")).findFirst().orElseThrow();
    assertThat(written).isEqualTo("Report written to " + out.toAbsolutePath().normalize() + " (intake.ar.md, "
        + "intake.zh.md, intake.en.md, intake.fr.md, intake.ru.md, intake.es.md, intake.json)");
    String names = written.substring(written.indexOf('(') + 1, written.length() - 1) + ", outbox";
    assertThat(out.toFile().list()).containsExactlyInAnyOrder(names.split(", "));
  }

  @Test
  void withoutSettingsTheCommandReadsForTheAsp18ExampleAndSaysSo() throws Exception {
    Path mail = Asp18.mail();
    int status = run(mail.resolve("asp18.mbox").toString(), mail.resolve("directory.csv").toString(), out.toString());
    assertThat(status).isZero();
    String printed = stdout.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().findFirst().orElseThrow()).isEqualTo("Plenary \"Plenary session on cooperation\" "
        + "(the ASP18 example's; no PLAN.json given), settings of the ASP18 example (intake.properties; no "
        + "SETTINGS.properties given)");
    assertThat(printed).contains("53 messages", "review 4", "46 on the list");
    assertThat(Files.readString(out.resolve("intake.json"))).contains("\"request\" : \"hl-sen\"");
  }

  @Test
  void anEmptyMailboxIsNoMessageAndAFileThatIsNoMailIsOneLine() throws Exception {
    Path mail = Asp18.mail();
    Path empty = Files.writeString(out.resolve("empty.mbox"), "");
    assertThat(run(empty.toString(), mail.resolve("directory.csv").toString(), out.resolve("r").toString())).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("IntakeResult[0 messages");
    Path pdf = Files.writeString(out.resolve("note-verbale.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n");
    assertThat(run(pdf.toString(), mail.resolve("directory.csv").toString(), out.resolve("r").toString())).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8).strip()).isEqualTo("mailbox '" + pdf + "' is not mail: an mbox "
        + "begins with \"From \", a message with a header such as \"From:\" or \"Received:\"");
  }

  @Test
  void aPlanGivesTheSegmentsOfAnotherPlenary() throws Exception {
    Path mail = Asp18.mail();
    Path plan = out.resolve("plan.json");
    try (var os = Files.newOutputStream(plan)) {
      org.plenary.export.Exporters.byFormat("json").write(org.plenary.examples.debate.GeneralDebate.plan().timetable(),
          org.plenary.export.ExportOptions.english(), os);
    }
    int status = run(mail.resolve("asp18.mbox").toString(), mail.resolve("directory.csv").toString(),
        out.resolve("report").toString(), mail.resolve("intake.properties").toString(), plan.toString());
    assertThat(status).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("review 53; 0 on the list");
  }

  @Test
  void aSpreadsheetIsReadToo() throws Exception {
    Path mail = Asp18.mail();
    Path sheet = Files.writeString(out.resolve("requests.csv"), "\uFEFFDélégation;Reçu le;Segment\n"
        + "KEN;25/11/2019 10:15;floor\nXYZ;25/11/2019 10:20;floor\n");
    Path settings = Files.writeString(out.resolve("sheet.properties"), "sheet.column.delegation = Délégation\n"
        + "sheet.column.received = Reçu le\nsheet.zone = Europe/Amsterdam\n");
    int status = run(sheet.toString(), mail.resolve("directory.csv").toString(), out.resolve("report").toString(),
        settings.toString());
    assertThat(status).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("2 messages: request 1", "review 1");
    assertThat(Files.readString(out.resolve("report/intake.fr.md")))
        .contains("Ligne 3, colonne « Délégation » : « XYZ » n'est pas une délégation de l'annuaire.");
  }

  @Test
  void severalSourcesMakeOneList() throws Exception {
    Path mail = Asp18.mail();
    Path sheet = Files.writeString(out.resolve("desk.csv"), "delegation,received,segment\n"
        + "URY,2019-11-28T10:00:00Z,floor\n");
    int status = run(mail.resolve("asp18.mbox") + ", " + sheet, mail.resolve("directory.csv").toString(),
        out.resolve("report").toString(), mail.resolve("intake.properties").toString());
    assertThat(status).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("54 messages", "47 on the list");
    assertThat(Files.readString(out.resolve("report/intake.en.md"))).contains("Read from asp18.mbox, desk.csv.")
        .contains("(the ASP18 example; no plenary was given).");
    assertThat(Files.readString(out.resolve("report/intake.zh.md"))).contains("（ASP18示例；未指定全体会议）。");
  }

  @Test
  void badInputGivesOneLineAndStatusOne() {
    Path mail = Asp18.mail();
    assertThat(run("a")).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("usage: Intake MAILBOX DIRECTORY.csv OUTDIR");
    stderr.reset();
    assertThat(run(mail.resolve("asp18.mbox").toString(), "missing.csv", out.toString())).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("cannot read the directory 'missing.csv': no such file");
    stderr.reset();
    assertThat(run(out.resolve("nowhere").toString(), mail.resolve("directory.csv").toString(), out.toString()))
        .isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("is neither a file nor a folder");
  }
}
