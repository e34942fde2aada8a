package org.plenary.rules;

import java.time.Duration;
import org.plenary.core.rule.RuleSet;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/**
 * The standard rules together: the registration deadline, one statement per delegation, the order
 * of precedence, fixed places, speaking limits, the segments' allotments and the budget. Their order
 * does not matter: the planner resolves them at once.
 *
 * <pre>{@code
 * RuleSet rules = StandardRules.with(SpeakingTimeLimit.inSegment("floor", Duration.ofMinutes(3)),
 *     FixedPosition.first("court-briefing"));
 * }</pre>
 */
public final class StandardRules {

  private StandardRules() {}

  /** Every standard rule with its defaults and a floor limit of {@code floorLimit} in "floor". */
  public static RuleSet defaults(Duration floorLimit) {
    return with(SpeakingTimeLimit.inSegment("floor", floorLimit), FixedPosition.none());
  }

  /** Every standard rule, with the given speaking limits and fixed places, the rest by default. */
  public static RuleSet with(SpeakingTimeLimit limits, FixedPosition places) {
    return RuleSet.of(
        RegistrationDeadline.standard(),
        OnePerDelegation.inListSegments(),
        Precedence.standard(),
        places,
        limits,
        SegmentAllotment.declared(),
        TimeBudget.waitListing());
  }
}
