package org.plenary.examples.asp18;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Planner;
import org.plenary.core.plan.Timetable;
import org.plenary.core.text.Dates;
import org.plenary.core.text.Durations;

/**
 * The main job: plans the ASP18 plenary on cooperation with its rules, prints the timetable and the
 * findings, and exits with status 1 if an error-level finding remains.
 */
public final class Asp18Main {

  private Asp18Main() {}

  /** Runs the job. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Plan plan = Planner.of(Asp18.rules()).plan(Asp18.plenary(), Asp18.requests());
    Timetable t = plan.timetable();
    out.println(plan.plenary().title().english() + " - " + Dates.day(t.start().toLocalDate(), Locale.ENGLISH));
    for (Timetable.Entry e : t.entries()) {
      out.println(Dates.clock(e.start()) + "  " + e.slot().segment() + "  " + e.slot().intervention().speaker()
          + "  " + Durations.format(e.slot().allotted()));
    }
    out.println(t);
    out.print(plan.report(Locale.ENGLISH));
    if (plan.hasErrors()) {
      System.exit(1);
    }
  }
}
