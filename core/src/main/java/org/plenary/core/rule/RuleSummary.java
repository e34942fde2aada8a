package org.plenary.core.rule;

import org.immutables.value.Value;
import org.plenary.core.text.LocalizedText;

/**
 * What a plan records of a rule it was planned under: id, description and reason, so that exports
 * can state the rules without the rule objects. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSummary {

  RuleSummary() {}

  /** The rule's id. */
  @Value.Parameter
  public abstract String id();

  /** What the rule asks. */
  @Value.Parameter
  public abstract LocalizedText description();

  /** Why the rule exists. */
  @Value.Parameter
  public abstract LocalizedText reason();

  /** The summary of {@code rule}. */
  public static RuleSummary of(Rule rule) {
    return ImmutableRuleSummary.of(rule.id(), rule.description(), rule.reason());
  }

  /** A summary from its parts, as an importer reads it back. */
  public static RuleSummary of(String id, LocalizedText description, LocalizedText reason) {
    return ImmutableRuleSummary.of(id, description, reason);
  }

  @Override
  public String toString() {
    return id() + ": " + description().english();
  }
}
