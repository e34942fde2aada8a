package org.plenary.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;

/**
 * Lists the rule providers and the exporters it finds, plans a sample plenary under every rule it
 * found, configured by id, and writes the plan in every format and in French into the folder given.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    for (RuleProvider p : RuleSet.providers()) {
      System.out.println("provider " + p.getClass().getName() + " " + p.id());
    }
    for (Exporter e : Exporters.all()) {
      System.out.println("exporter " + e.getClass().getName() + " " + e.format());
    }
    Properties config = new Properties();
    config.setProperty("rules", RuleSet.providers().stream().map(RuleProvider::id).collect(Collectors.joining(", ")));
    RuleSet rules = RuleSet.load(config, "consumer.properties", Constituency.standardValues());
    Plan plan = Planner.of(rules).plan(Sample.plenary(), Sample.requests(12, 1));
    System.out.println("plan " + plan.slots().size() + " slots, " + plan.waitingList().size() + " waiting, "
        + plan.rules().size() + " rules");
    for (Exporter e : Exporters.all()) {
      Files.write(out.resolve("plan-" + e.format() + "." + e.extension()),
          e.toBytes(plan.timetable(), ExportOptions.in(Locale.FRENCH)));
    }
    System.out.println("module " + Main.class.getModule().getName() + " " + Plan.class.getModule().getName());
  }
}
