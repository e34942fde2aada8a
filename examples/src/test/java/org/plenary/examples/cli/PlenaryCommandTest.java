package org.plenary.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.RuleSet;
import org.plenary.examples.asp18.Asp18;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.intake.MailIntake;
import org.plenary.export.intake.Outcome;
import org.plenary.export.json.ChangesJson;

/** Each subcommand of {@code plenary}, run in-process on the ASP18 example's real files. */
class PlenaryCommandTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/asp18");
  private static final String AT = Asp18Main.PLANNED_AT.instant().toString();

  @TempDir
  Path dir;

  private final Path mail = Asp18.mail();

  record Run(int code, String out, String err) {
    String firstLine() {
      return out.lines().findFirst().orElse("");
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PlenaryCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Path yaml() throws Exception {
    return Path.of(Asp18.class.getResource(Asp18.FILE).toURI());
  }

  private String mbox() {
    return mail.resolve(Asp18.MAILBOX).toString();
  }

  private String directory() {
    return mail.resolve("directory.csv").toString();
  }

  private String settings() {
    return mail.resolve("intake.properties").toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plan", "intake", "check", "publish", "rules", "formats", "room"})
  void eachHelpStatesTheExitCodes(String command) {
    Run r = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: plenary", "Exit codes:", "64   wrong command line", "0    ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void noSubcommandIsAUsageError() {
    Run r = run();
    assertThat(r.code()).isEqualTo(Exit.USAGE);
    assertThat(r.err()).isEqualTo("plenary: a subcommand is needed (see 'plenary --help')" + System.lineSeparator());
  }

  @Test
  void formatsListsTheExportersFound() {
    Run r = run("formats");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().map(l -> l.split(" ")[0]))
        .containsExactlyElementsOf(Exporters.all().stream().map(Exporter::format).toList())
        .contains("markdown", "json", "ics");
  }

  @Test
  void rulesListsTheProvidersAndAFilesSettings() throws Exception {
    Run all = run("rules");
    assertThat(all.code()).isZero();
    assertThat(all.out().lines().map(l -> l.substring(0, l.indexOf(':'))))
        .containsExactlyElementsOf(RuleSet.providers().stream().map(RuleProvider::id).toList())
        .contains("time-limit.speaking", "order.regional-balance");

    Path file = Path.of(org.plenary.examples.debate.GeneralDebate.class.getResource("rules.properties").toURI());
    Run one = run("rules", "--rules", file.toString());
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains("time-limit.speaking: ", "  segment.debate = PT5M", "  late = admit-after");
    assertThat(one.out().lines().filter(l -> !l.startsWith(" ")).skip(1).map(l -> l.substring(0, l.indexOf(':'))))
        .containsExactly("deadline.registration", "order.one-per-delegation", "order.precedence",
            "time-limit.speaking", "time-limit.budget");
  }

  @Test
  void planWritesTheExampleFromItsYamlFileAsTheMainJobDoes() throws Exception {
    Path out = dir.resolve("plan");
    Run r = run("plan", "--plenary", yaml().toString(), "--requests", mbox(), "--directory", directory(),
        "--settings", settings(), "--format", "markdown,json,runsheet,ics", "--lang", "en,fr", "--at", AT,
        "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.firstLine()).startsWith("Plan of \"Plenary session on cooperation\" from the plenary file ")
        .contains("asp18.yaml", "under the ASP18 example's rules, built into the jar (no --rules given)",
            "with the requests of asp18.mbox");
    assertThat(out.resolve("markdown.en.md")).hasSameBinaryContentAs(GOLDEN.resolve("agenda.en.md"));
    assertThat(out.resolve("markdown.fr.md")).hasSameBinaryContentAs(GOLDEN.resolve("agenda.fr.md"));
    assertThat(out.resolve("runsheet.fr.txt")).hasSameBinaryContentAs(GOLDEN.resolve("runsheet.fr.txt"));
    assertThat(out.resolve("json.en.json")).hasSameBinaryContentAs(GOLDEN.resolve("plenary.json"));
    assertThat(out.resolve("intake.json")).hasSameBinaryContentAs(GOLDEN.resolve("intake.json"));
    assertThat(out.resolve("ics.en.ics")).hasSameBinaryContentAs(GOLDEN.resolve("plenary.ics"));
    assertThat(r.out()).contains("25 on the agenda, 26 waiting, 1 refused, 0 errors in 8 findings",
        "15 files written to");
    try (var files = Files.list(out)) {
      assertThat(files.count()).as("the files the count names").isEqualTo(15);
    }
  }

  @Test
  void aBadPlenaryFileIsOneLineNamingTheFileLineFieldAndValue() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"),
        Files.readString(yaml()).replace("budget: PT2H", "budget: two hours"));
    Path out = dir.resolve("out");
    Run r = run("plan", "--plenary", bad.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(Exit.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("plenary plan: bad.yaml, line ").contains("budget", "'two hours'");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aBadRulesFileIsOneLineNamingTheFileKeyAndValue() throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.properties"),
        "rules = time-limit.speaking\ntime-limit.speaking.segment.floor = three minutes\n");
    Run r = run("check", GOLDEN.resolve("plenary.json").toString(), "--rules", rules.toString());
    assertThat(r.code()).isEqualTo(Exit.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("plenary check: rules.properties: time-limit.speaking.segment.floor = 'three minutes' ");
  }

  @Test
  void aBadPlanIsOneLineNamingTheFile() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.json"), "{\"format\": ");
    Run r = run("check", plan.toString());
    assertThat(r.code()).isEqualTo(Exit.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString().startsWith("plenary check: " + plan + ": line ");
  }

  @Test
  void aMissingFileAndAWrongOptionHaveTheirCodes() throws Exception {
    Run missing = run("check", dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(Exit.NO_INPUT);
    assertThat(missing.err()).isEqualTo("plenary check: " + dir.resolve("none.json")
        + ": no such file or folder" + System.lineSeparator());

    Run format = run("plan", "--plenary", yaml().toString(), "-o", dir.toString(), "--format", "pdf");
    assertThat(format.code()).isEqualTo(Exit.USAGE);
    assertThat(format.err().lines()).singleElement().asString()
        .startsWith("plenary plan: --format 'pdf' is unknown; known: csv, ");

    Run directory = run("plan", "--plenary", yaml().toString(), "-o", dir.toString(), "--requests", mbox());
    assertThat(directory.code()).isEqualTo(Exit.USAGE);
    assertThat(directory.err()).contains("--requests needs --directory");
  }

  @Test
  void intakeSaysItReadsForTheExampleWhenGivenNoPlenary() throws Exception {
    Path out = dir.resolve("intake");
    Run r = run("intake", mbox(), directory(), out.toString(), "--settings", settings(), "--at", AT);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.firstLine()).isEqualTo("Intake for \"Plenary session on cooperation\", the plenary of the ASP18"
        + " example built into the jar (no --plenary or --plan given), with the settings " + settings());
    assertThat(Files.readString(out.resolve("intake.en.md")))
        .contains("Plenary session on cooperation, Thursday, 5 December 2019 (the ASP18 example; no plenary was "
            + "given).  \nRead from asp18.mbox.  \n");
    assertThat(Files.readString(out.resolve("intake.fr.md")))
        .contains("Séance plénière sur la coopération, jeudi 5 décembre 2019 (l'exemple ASP18 ; aucune séance "
            + "plénière n'a été indiquée).  \nLu dans asp18.mbox.  \n");
    IntakeResult direct = MailIntake.of(Asp18.plenary(), Directory.read(mail.resolve("directory.csv")),
        IntakeSettings.load(mail.resolve("intake.properties"))).read(mail.resolve(Asp18.MAILBOX));
    JsonNode json = new ObjectMapper().readTree(out.resolve("intake.json").toFile());
    assertThat(json.at("/counts/messages").asInt()).isEqualTo(direct.entries().size());
    assertThat(json.at("/counts/requests").asInt()).isEqualTo(direct.count(Outcome.REQUEST));
    try (Stream<Path> replies = Files.list(out.resolve("outbox"))) {
      assertThat(replies.count()).isPositive().isLessThanOrEqualTo(direct.entries().size());
    }
  }

  @Test
  void intakeWithoutSettingsReadsWithTheExamplesWhenItReadsForTheExample() throws Exception {
    Path out = dir.resolve("no-settings");
    Run r = run("intake", mbox(), directory(), out.toString(), "--at", AT);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.firstLine()).isEqualTo("Intake for \"Plenary session on cooperation\", the plenary of the ASP18"
        + " example built into the jar (no --plenary or --plan given), with the ASP18 example's settings (no"
        + " --settings given)");
    assertThat(Files.readString(out.resolve("intake.json"))).contains("\"request\" : \"hl-sen\"");
    Run file = run("intake", mbox(), directory(), dir.resolve("no-settings-file").toString(), "--plenary",
        yaml().toString(), "--at", AT);
    assertThat(file.firstLine()).endsWith(", with the intake's default settings (no --settings given)");
  }

  @Test
  void intakeNamesThePlenaryFileOrPlanItReadsFor() throws Exception {
    Run file = run("intake", mbox(), directory(), dir.resolve("a").toString(), "--settings", settings(),
        "--plenary", yaml().toString(), "--at", AT);
    assertThat(file.code()).as(file.err()).isZero();
    assertThat(file.firstLine()).isEqualTo("Intake for \"Plenary session on cooperation\", the plenary of the"
        + " plenary file " + yaml() + ", with the settings " + settings());
    assertThat(Files.readString(dir.resolve("a/intake.en.md"))).contains("asp18.mbox — asp18.yaml");

    Run plan = run("intake", mbox(), directory(), dir.resolve("b").toString(), "--settings", settings(),
        "--plan", GOLDEN.resolve("plenary.json").toString(), "--at", AT);
    assertThat(plan.code()).as(plan.err()).isZero();
    assertThat(plan.firstLine()).endsWith(", the plenary of the plan " + GOLDEN.resolve("plenary.json")
        + ", with the settings " + settings());

    Run both = run("intake", mbox(), directory(), dir.resolve("c").toString(), "--plenary", yaml().toString(),
        "--plan", GOLDEN.resolve("plenary.json").toString());
    assertThat(both.code()).isEqualTo(Exit.USAGE);
    assertThat(dir.resolve("c")).doesNotExist();
  }

  @Test
  void checkExitsOneOnAPlanEditedToBreakARule() throws Exception {
    Run good = run("check", GOLDEN.resolve("plenary.json").toString());
    assertThat(good.code()).as(good.err()).isZero();
    assertThat(good.firstLine()).contains("against the ASP18 example's rules", ": 0 errors in ");

    ObjectMapper mapper = new ObjectMapper();
    JsonNode plan = mapper.readTree(GOLDEN.resolve("plenary.json").toFile());
    JsonNode floor = null;
    for (JsonNode slot : plan.at("/plan/slots")) {
      if (slot.get("segment").asText().equals("floor")) {
        floor = slot;
        break;
      }
    }
    ((ObjectNode) floor).put("allotted", "PT6M");
    Path edited = dir.resolve("edited.json");
    mapper.writeValue(edited.toFile(), plan);
    Run bad = run("check", edited.toString());
    assertThat(bad.code()).isEqualTo(Exit.ERRORS);
    assertThat(bad.out().lines().filter(l -> l.startsWith("  error: ")))
        .anySatisfy(l -> assertThat(l).contains("6 min", "3 min"));
  }

  @Test
  void publishTwiceGivesReleaseTwoWithTheChangesSinceOne() throws Exception {
    Path first = dir.resolve("first.mbox");
    Files.write(first, firstMessages(mail.resolve(Asp18.MAILBOX), 30));
    Path releases = dir.resolve("releases");
    Instant t1 = Instant.parse("2019-12-01T09:00:00Z");
    Instant t2 = Instant.parse("2019-12-03T09:00:00Z");
    Run one = run("publish", "--plenary", yaml().toString(), "--requests", first.toString(), "--directory",
        directory(), "--settings", settings(), "--releases", releases.toString(), "--at", t1.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.firstLine()).startsWith("Release 1 of \"Plenary session on cooperation\" from the plenary file ");
    assertThat(releases.resolve("release-1/changes.json")).doesNotExist();

    Run two = run("publish", "--plenary", yaml().toString(), "--requests", mbox(), "--directory", directory(),
        "--settings", settings(), "--releases", releases.toString(), "--at", t2.toString(), "--lang", "en,fr");
    assertThat(two.code()).as(two.err()).isZero();
    assertThat(two.firstLine()).startsWith("Release 2 of ");
    try (Stream<Path> entries = Files.list(releases)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("release-1", "release-2");
    }

    Changes written;
    try (InputStream in = Files.newInputStream(releases.resolve("release-2/changes.json"))) {
      written = ChangesJson.read(in);
    }
    Plan plan1 = plan(first, t1);
    Plan plan2 = plan(mail.resolve(Asp18.MAILBOX), t2);
    Changes expected = Changes.between(Release.of(1, t1, plan1), Release.of(2, t2, plan2));
    assertThat(expected.changes()).isNotEmpty();
    assertThat(written.from()).isEqualTo(1);
    assertThat(written.to()).isEqualTo(2);
    assertThat(written.fromPublished()).isEqualTo(t1);
    assertThat(written.changes()).extracting(Change::id, Change::kinds)
        .containsExactlyElementsOf(expected.changes().stream()
            .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.kinds())).toList());
    assertThat(two.out()).contains("Changes since release 1 (published 2019-12-01T09:00:00Z): "
        + expected.changes().size() + " — ");
    assertThat(Files.readString(releases.resolve("release-2/markdown.en.md"))).contains("release 1");
    assertThat(releases.resolve("release-2/markdown.fr.md")).exists();
    try (Stream<Path> files = Files.list(releases.resolve("release-2"))) {
      long n = files.count();
      assertThat(n).as("plan.json, changes.json, 7 intake files, 2 agendas").isEqualTo(11);
      assertThat(two.out()).contains(n + " files written to");
    }

    Run back = run("publish", "--plenary", yaml().toString(), "--releases", releases.toString(), "--at", t1.toString());
    assertThat(back.code()).isEqualTo(Exit.USAGE);
    assertThat(back.err()).contains("--at 2019-12-01T09:00:00Z is not after release 2, published 2019-12-03T09:00:00Z");
    try (Stream<Path> entries = Files.list(releases)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("release-1", "release-2");
    }
  }

  /** The plan as the library makes it, without the command: the ASP18 rules, the intake of {@code mbox}. */
  private Plan plan(Path mbox, Instant at) throws Exception {
    IntakeResult intake = MailIntake.of(org.plenary.export.yaml.PlenaryFile.plenary(yaml()),
        Directory.read(mail.resolve("directory.csv")), IntakeSettings.load(mail.resolve("intake.properties")))
        .read(mbox);
    return Planner.of(Asp18.rules()).withClock(Clock.fixed(at, ZoneOffset.UTC))
        .plan(org.plenary.export.yaml.PlenaryFile.plenary(yaml()), intake.requests());
  }

  /** The first {@code n} messages of an mbox file, each starting at a line "From ". */
  private static byte[] firstMessages(Path mbox, int n) throws Exception {
    String all = new String(Files.readAllBytes(mbox), StandardCharsets.ISO_8859_1);
    List<String> messages = new ArrayList<>(List.of(Pattern.compile("(?m)^(?=From )").split(all)));
    return String.join("", messages.subList(0, n)).getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void completionIsGeneratedByPicocli() {
    Run r = run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F", "plenary", "publish", "--plenary");
  }
}
