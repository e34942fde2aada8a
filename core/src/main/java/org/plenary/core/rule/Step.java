package org.plenary.core.rule;

/**
 * The steps of planning, in the order the planner runs them. A rule shapes the plan in at most one
 * step; rules of the same step run in the rule set's order.
 */
public enum Step {
  /** Decide which requests are on the list at all: deadlines, one statement per delegation. */
  ADMIT,
  /** Put the list in order: precedence, rank, receipt, fixed positions. */
  ORDER,
  /** Give each intervention its time: limits per intervention. */
  ALLOT,
  /** Fit the whole into the segments' allotments and the budget: shorten, or move to the waiting list. */
  FIT
}
