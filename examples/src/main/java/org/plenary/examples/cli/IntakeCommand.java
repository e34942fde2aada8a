package org.plenary.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.plenary.core.agenda.Plenary;
import org.plenary.examples.asp18.Asp18;
import org.plenary.export.intake.Acknowledgements;
import org.plenary.export.intake.CombinedIntake;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeReport;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plenary intake}: what {@code org.plenary.examples.intake.Intake} does, saying first for which
 * plenary it reads.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
    description = {
        "Reads requests to speak from mailboxes or sheets for a plenary, and writes the intake's report"
            + " (intake.LANG.md in six languages, intake.json) and the acknowledgements (outbox/, nothing is"
            + " sent) to OUTDIR.",
        "The plenary is that of --plenary or --plan; without either, the ASP18 example built into the jar,"
            + " and the first line of output and the report say so."},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {Exit.L_OK, Exit.L_INCOMPLETE, Exit.L_USAGE, Exit.L_BAD_INPUT, Exit.L_NO_INPUT,
        Exit.L_SOFTWARE, Exit.L_IO})
final class IntakeCommand extends Step {

  @Parameters(index = "0", arity = "1", split = ",", paramLabel = "MAILBOX",
      description = "An mbox file, a folder of .eml files, one .eml file or a .csv sheet; several separated"
          + " by commas, read as one list.")
  List<Path> sources;

  @Parameters(index = "1", paramLabel = "DIRECTORY.csv", description = "The delegations' addresses.")
  Path directory;

  @Parameters(index = "2", paramLabel = "OUTDIR", description = "Where to write the report and the outbox.")
  Path outdir;

  @Option(names = "--settings", paramLabel = "SETTINGS.properties",
      description = "The intake's settings; default: the ASP18 example's when reading for its plenary, "
          + "else the intake's defaults.")
  Path settings;

  @ArgGroup(exclusive = true)
  Which which;

  static final class Which {
    @Option(names = "--plenary", paramLabel = "PLENARY.yaml", description = "Read for the plenary of this file.")
    Path plenary;

    @Option(names = "--plan", paramLabel = "PLAN.json", description = "Read for the plenary of this plan.")
    Path plan;
  }

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "Date the acknowledgements at this instant, such as 2019-12-03T00:00:00Z; default: now.")
  Instant at;

  /** Where "now" comes from when {@code --at} is not given. */
  Clock clock = Clock.systemUTC();

  @Override
  int run() throws Exception {
    Inputs.Source<Plenary> p = which == null ? Inputs.asp18("no --plenary or --plan given")
        : which.plenary != null ? Inputs.plenaryFile(which.plenary)
        : new Inputs.Source<>(Inputs.plan(which.plan).plenary(), "the plan " + which.plan);
    IntakeSettings s = settings != null ? IntakeSettings.load(settings)
        : which == null ? Asp18.mailSettings() : IntakeSettings.defaults();
    out().println("Intake for " + Inputs.title(p.value()) + ", the plenary of " + p.said() + ", with "
        + (settings != null ? "the settings " + settings : which == null
            ? "the ASP18 example's settings (no --settings given)" : "the intake's default settings (no --settings given)"));
    Plenary plenary = p.value();
    Directory dir = Directory.read(directory);
    IntakeResult result = CombinedIntake.of(plenary, dir, s).read(sources);
    String names = sources.stream().map(f -> String.valueOf(f.getFileName())).collect(Collectors.joining(", "));
    IntakeReport report = IntakeReport.of(result, plenary, which == null ? names : names + " — " + plenaryFile());
    (which == null ? report.withPlenaryFrom(Asp18.fallback()) : report).writeAll(outdir);
    out().println(Requests.summary(result));
    out().println("Report written to " + outdir.toAbsolutePath().normalize()
        + " (intake.<lang>.md in six languages, intake.json)");
    out().println(outbox(result, plenary, dir));
    result.problems().forEach(problem -> err().println(problem.english()));
    return result.complete() ? Exit.OK : Exit.INCOMPLETE;
  }

  /** The file the plenary was read from, which the report's source line names beside the mail's. */
  private String plenaryFile() {
    return String.valueOf((which.plenary != null ? which.plenary : which.plan).getFileName());
  }

  private String outbox(IntakeResult result, Plenary plenary, Directory dir) throws java.io.IOException {
    Acknowledgements replies;
    try {
      replies = Acknowledgements.of(plenary, at == null ? clock : Clock.fixed(at, ZoneOffset.UTC))
          .withDirectory(dir);
    } catch (IllegalArgumentException e) {
      return "No acknowledgements written: " + e.getMessage();
    }
    return replies.write(result, outdir).size() + " acknowledgements written to "
        + outdir.resolve("outbox").toAbsolutePath().normalize() + " (nothing is sent)";
  }
}
