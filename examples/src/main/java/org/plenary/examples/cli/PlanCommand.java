package org.plenary.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.export.ExportOptions;
import org.plenary.export.intake.IntakeReport;
import org.plenary.export.intake.IntakeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plenary plan}: a plenary file, rules and requests, planned and written in formats and languages. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {
        "Plans a plenary written in a file (YAML) under a rule set, with the requests to speak an intake"
            + " reads from mailboxes or sheets, and writes the plan in the formats and languages asked for,"
            + " each as FORMAT.LANG.EXT in the output folder, with the intake's report beside them.",
        "The first line of output names the plenary, the rules and the requests. Findings follow."},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {Exit.L_OK, Exit.L_ERRORS, Exit.L_INCOMPLETE, Exit.L_USAGE, Exit.L_BAD_INPUT,
        Exit.L_NO_INPUT, Exit.L_SOFTWARE, Exit.L_IO})
final class PlanCommand extends Step {

  @Option(names = "--plenary", required = true, paramLabel = "PLENARY.yaml",
      description = "The plenary file (see export/README.md).")
  Path plenary;

  @Option(names = "--rules", paramLabel = "RULES.properties",
      description = "The rule set (see rules/README.md); default: the ASP18 example's rules, those of its"
          + " concept note, built into the jar.")
  Path rules;

  @Mixin
  Requests requests;

  @Mixin
  Exports exports;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FOLDER", description = "Where to write.")
  Path out;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "Stamp the plan as made at this instant, such as 2019-12-03T00:00:00Z; default: unstamped,"
          + " so that the same files give the same bytes.")
  Instant at;

  @Override
  int run() throws Exception {
    requests.check(this);
    exports.exporters(this);
    exports.locales(this);
    Inputs.Source<Plenary> p = Inputs.plenaryFile(plenary);
    Inputs.Source<RuleSet> r = Inputs.rules(rules);
    out().println("Plan of " + Inputs.title(p.value()) + " from " + p.said() + ", under " + r.said() + ", with "
        + (requests.given() ? "the requests of " + requests.names() : "no requests (no --requests given)"));
    Optional<IntakeResult> intake = requests.read(p.value());
    List<RequestToSpeak> list = intake.map(IntakeResult::requests).orElse(List.of());
    Planner planner = Planner.of(r.value());
    if (at != null) {
      planner = planner.withClock(Clock.fixed(at, ZoneOffset.UTC));
    }
    Plan plan = planner.plan(p.value(), list);
    List<Path> files = new ArrayList<>();
    if (intake.isPresent()) {
      files.addAll(IntakeReport.of(intake.get(), p.value(), requests.names()).writeAll(out));
      out().println("Intake: " + Requests.summary(intake.get()) + " (report: intake.<lang>.md, intake.json)");
    }
    files.addAll(exports.write(this, plan.timetable(), PlanCommand::options, out));
    return report(this, plan, files, out, intake.map(IntakeResult::complete).orElse(true));
  }

  /** The exports' options in {@code locale}: those of the main job, the calendar with an event a speaker. */
  static ExportOptions options(Locale locale) {
    return ExportOptions.in(locale).withInterventionEvents(true);
  }

  /** Prints what a plan holds and where it went; returns its exit code. */
  static int report(Step step, Plan plan, List<Path> files, Path folder, boolean complete) {
    long refused = plan.waitingList().stream().filter(w -> !w.mayStillSpeak()).count();
    step.out().println(plan.slots().size() + " on the agenda, " + (plan.waitingList().size() - refused)
        + " waiting, " + refused + " refused, "
        + plan.errors().size() + " errors in " + plan.findings().size() + " findings; ends at "
        + plan.timetable().end().toLocalTime());
    step.out().println(files.size() + (files.size() == 1 ? " file" : " files") + " written to " + folder.toAbsolutePath().normalize());
    print(step, plan.findings());
    return !plan.errors().isEmpty() ? Exit.ERRORS : complete ? Exit.OK : Exit.INCOMPLETE;
  }

  /** The findings, one a line, in English. */
  static void print(Step step, List<Finding> findings) {
    for (Finding f : findings) {
      step.out().println("  " + f.render(Locale.ENGLISH, java.util.Optional.empty()));
    }
  }
}
