package org.plenary.rules.internal;

import java.time.Duration;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleConfig;

/** Reads how a capacity is fitted from a rule's configuration: {@code fit}, {@code minimum}, {@code step}. */
public final class Fits {

  private Fits() {}

  /** The fit configured, or {@code fallback} where a key is not set. */
  public static Fit read(RuleConfig config, Fit fallback) {
    Fit.Policy policy = config.choice("fit", Fit.Policy.class, fallback.policy());
    Duration minimum = config.duration("minimum").orElse(fallback.minimum());
    Duration step = config.duration("step").orElse(fallback.step());
    return Fit.of(policy, minimum).inSteps(step);
  }
}
