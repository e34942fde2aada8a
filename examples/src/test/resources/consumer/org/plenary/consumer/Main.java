package org.plenary.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.RuleSet;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.intake.MailIntake;
import org.plenary.export.yaml.PlenaryFile;

/**
 * A facilitator's program: reads a plenary from its YAML file and the requests to speak from a
 * mailbox, plans them under every rule it finds, configured by id in a properties file, and writes
 * the plan in French in every format it finds, each looked up by its name. It prints what it found
 * and wrote.
 *
 * <p>Arguments: the folder of the inputs ({@code plenary.yaml}, {@code directory.csv},
 * {@code intake.properties}, {@code requests.mbox}) and the folder to write into.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    for (RuleProvider p : RuleSet.providers()) {
      System.out.println("provider " + p.getClass().getName() + " " + p.id());
    }
    for (Exporter e : Exporters.all()) {
      System.out.println("exporter " + e.getClass().getName() + " " + e.format());
    }
    Plenary plenary = PlenaryFile.plenary(in.resolve("plenary.yaml"));
    IntakeResult intake = MailIntake.of(plenary, Directory.read(in.resolve("directory.csv")),
        IntakeSettings.load(in.resolve("intake.properties"))).read(in.resolve("requests.mbox"));
    System.out.println("intake " + intake);

    Path config = out.resolve("rules.properties");
    Files.writeString(config, "rules = "
        + RuleSet.providers().stream().map(RuleProvider::id).collect(Collectors.joining(", ")) + "\n");
    Plan plan = Planner.of(RuleSet.load(config)).plan(plenary, intake.requests());
    System.out.println("plan " + plan.slots().size() + " slots, " + plan.waitingList().size() + " waiting, "
        + plan.rules().size() + " rules");

    for (Exporter found : Exporters.all()) {
      Exporter e = Exporters.byFormat(found.format());
      Path file = out.resolve("plan-" + e.format() + "." + e.extension());
      Files.write(file, e.toBytes(plan.timetable(), ExportOptions.in(Locale.FRENCH)));
      System.out.println("wrote " + e.format() + " " + file.getFileName());
    }
    System.out.println("module " + Main.class.getModule().getName() + " " + Plan.class.getModule().getName());
  }
}
