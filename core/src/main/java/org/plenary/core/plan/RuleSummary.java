package org.plenary.core.plan;

import org.immutables.value.Value;
import org.plenary.core.text.LocalizedText;

/**
 * What a plan records of a rule it was planned under: id, name, description and reason, so that
 * exports can state the rules without the rule objects. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSummary {

  RuleSummary() {}

  /** The rule's id. */
  @Value.Parameter
  public abstract String id();

  /** The rule's name, as decisions name it: "the speaking limit". */
  @Value.Parameter
  public abstract LocalizedText name();

  /** What the rule asks of the plenary planned. */
  @Value.Parameter
  public abstract LocalizedText description();

  /** Why the rule exists. */
  @Value.Parameter
  public abstract LocalizedText reason();

  /** A summary from its parts. */
  public static RuleSummary of(String id, LocalizedText name, LocalizedText description,
      LocalizedText reason) {
    return ImmutableRuleSummary.of(id, name, description, reason);
  }

  @Override
  public String toString() {
    return id() + ": " + description().english();
  }
}
