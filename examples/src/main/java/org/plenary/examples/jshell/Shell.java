package org.plenary.examples.jshell;

import org.plenary.core.plan.Plan;
import org.plenary.core.rule.RuleSet;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;

/**
 * The helpers {@code startup.jsh} imports statically into JShell. They are Java, not JShell snippets,
 * so that JShell has nothing to compile when the script starts and facilitators get them at once.
 */
public final class Shell {

  private Shell() {}

  /** Prints the rules and the export formats that can be found. */
  public static void discover() {
    System.out.println("Rules:");
    RuleSet.providers().forEach(p -> System.out.println("  " + p.id()));
    System.out.println("Export formats:");
    for (Exporter e : Exporters.all()) {
      System.out.println("  " + e.format() + "  (." + e.extension() + ", " + e.mediaType() + ")");
    }
  }

  /** Plans the ASP18 plenary on cooperation, prints its run sheet and returns the plan. */
  public static Plan demo() {
    Plan plan = Asp18Main.plan();
    System.out.print(Exporters.byFormat("runsheet").toText(plan.timetable(), ExportOptions.english()));
    return plan;
  }
}
