package org.plenary.core.rule;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.text.LocalizedText;

/** A rule with a reason stated in place of its own; everything else is the rule's. */
final class ReasonedRule implements Rule {

  private final Rule rule;
  private final LocalizedText reason;

  ReasonedRule(Rule rule, LocalizedText reason) {
    this.rule = rule instanceof ReasonedRule r ? r.rule : rule;
    this.reason = reason;
  }

  /** The rule whose reason this one states anew. */
  Rule rule() {
    return rule;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public LocalizedText name() {
    return rule.name();
  }

  @Override
  public LocalizedText description() {
    return rule.description();
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    return rule.describe(plenary);
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public void declare(Declarations declarations) {
    rule.declare(declarations);
  }

  /** The rule's own findings, with this reason in place of the rule's. */
  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : rule.check(plan)) {
      out.add(f.ruleId().equals(id()) ? f.withReason(reason) : f);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReasonedRule other && rule.equals(other.rule) && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return 31 * rule.hashCode() + reason.hashCode();
  }

  @Override
  public String toString() {
    return rule + " because " + reason.english();
  }
}
