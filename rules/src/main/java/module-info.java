/**
 * Plenary's standard rules: time limits, capacities and reserves ({@code org.plenary.rules.time}),
 * ordering ({@code org.plenary.rules.order}) and deadlines ({@code org.plenary.rules.deadline}),
 * each offered to configuration files through a {@link org.plenary.core.rule.RuleProvider}.
 */
module org.plenary.rules {
  requires transitive org.plenary.core;
  requires com.google.common;
  requires org.slf4j;

  exports org.plenary.rules;
  exports org.plenary.rules.time;
  exports org.plenary.rules.order;
  exports org.plenary.rules.deadline;

  provides org.plenary.core.rule.RuleProvider with
      org.plenary.rules.time.SpeakingTimeLimit.Provider,
      org.plenary.rules.time.SegmentAllotment.Provider,
      org.plenary.rules.time.TimeBudget.Provider,
      org.plenary.rules.time.Reserve.Provider,
      org.plenary.rules.time.Cap.Provider,
      org.plenary.rules.order.Precedence.Provider,
      org.plenary.rules.order.FixedPosition.Provider,
      org.plenary.rules.order.OnePerDelegation.Provider,
      org.plenary.rules.deadline.RegistrationDeadline.Provider;
}
