package org.plenary.examples.cli;

import java.nio.file.Path;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plenary check}: a plan in JSON, from here or elsewhere, checked against rules. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
        "Checks a plan written in JSON (the json format, edited or made elsewhere) against a rule set and"
            + " prints the findings, one a line."},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {"0:no error finding", Exit.L_ERRORS, Exit.L_USAGE, Exit.L_BAD_INPUT, Exit.L_NO_INPUT,
        Exit.L_SOFTWARE, Exit.L_IO})
final class CheckCommand extends Step {

  @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan to check.")
  Path planFile;

  @Option(names = "--rules", paramLabel = "RULES.properties",
      description = "The rule set; default: the ASP18 example's rules, built into the jar.")
  Path rules;

  @Override
  int run() throws Exception {
    Plan read = Inputs.plan(planFile);
    Inputs.Source<RuleSet> r = Inputs.rules(rules);
    Plan checked = Planner.of(r.value()).check(read);
    out().println("Check of " + planFile + " (" + Inputs.title(checked.plenary()) + ") against " + r.said()
        + ": " + checked.errors().size() + " errors in " + checked.findings().size() + " findings");
    PlanCommand.print(this, checked.findings());
    return checked.errors().isEmpty() ? Exit.OK : Exit.ERRORS;
  }
}
