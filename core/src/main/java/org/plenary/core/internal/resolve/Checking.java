package org.plenary.core.internal.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.Rule;

/**
 * Checks a plan made elsewhere (read from a file, edited by hand) against every declaration of a
 * {@link Book}: each kind checks what it declares, in the order the planner applies them, and each
 * rule gets the errors its declarations find, the conflicts it is part of, and its line. No rule
 * reports what another rule decided. The plan and the book are read, never changed.
 */
public final class Checking {

  private Checking() {}

  /** The findings of {@code book}'s rules on {@code plan}: errors first, then in plan order. */
  public static List<Finding> check(Book book, Plan plan) {
    Given given = new Given(plan);
    Report report = new Report(book);
    Records records = new Records();
    unknownSegments(book, report);
    Admission.check(given, report, records);
    OneStatement.check(given, report, records);
    Ordering.check(given, report, records);
    Pin.check(given, report, records);
    Limit.check(given, report, records);
    Capacity.check(given, report, records);
    Reserve.check(given, report, records);
    records.into(report);
    return report.findings(plan.plenary(), plan.slots(), plan.waitingList(), Report.own(book, plan), given::who);
  }

  /** A warning for each segment a rule's declarations name that the plenary does not have. */
  static void unknownSegments(Book book, Report report) {
    for (Rule rule : book.rules()) {
      Set<String> named = new HashSet<>();
      for (Decl d : book.of(rule)) {
        if (d.scope() == null) {
          continue;
        }
        for (String id : d.scope().unknownSegments(book.plenary())) {
          if (named.add(id)) {
            report.warning(rule, id, Words.text("check.unknown-segment", id,
                String.join(", ", book.plenary().segmentIds())));
          }
        }
      }
    }
  }

  /** {@code findings} errors first, then warnings and notes, each in the order of their subjects in the plan. */
  public static List<Finding> inPlanOrder(Plan plan, List<Finding> findings) {
    return Report.inPlanOrder(plan, findings);
  }
}
