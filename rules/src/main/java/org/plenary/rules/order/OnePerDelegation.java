package org.plenary.rules.order;

import static java.util.Objects.requireNonNull;

import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * One statement per delegation in a segment: a delegation that asks twice speaks once.
 *
 * <p>A statement made on behalf of a group counts as the group's. A programme item keeps its place;
 * otherwise the request received first is kept and the others are refused. Configuration keys:
 * {@code segments} (comma-separated ids; default: every segment that takes requests). Immutable and
 * thread-safe.
 */
public final class OnePerDelegation extends Rule {

  /** The rule id. */
  public static final String ID = "order.one-per-delegation";

  private final Selector scope;

  private OnePerDelegation(Selector scope) {
    super(ID, Messages.RULES.text("order.one-per-delegation.name"), Messages.RULES.text("order.one-per-delegation.reason"));
    this.scope = requireNonNull(scope, "scope");
  }

  /** One statement per delegation in every segment that takes requests. */
  public static OnePerDelegation inListSegments() {
    return new OnePerDelegation(Selector.listSegments());
  }

  /** One statement per delegation in the segments {@code segmentIds}. */
  public static OnePerDelegation inSegments(String... segmentIds) {
    return new OnePerDelegation(Selector.segments(segmentIds));
  }

  /** The rule as {@code config} sets it: {@code segments}. */
  public static OnePerDelegation configured(RuleConfig config) {
    return new OnePerDelegation(config.segments("segments"));
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    return Messages.RULES.text("order.one-per-delegation.description");
  }

  @Override
  public void declare(Declarations declarations) {
    declarations.onePer(scope, s -> s.voice().id());
  }

  @Override
  public String toString() {
    return ID + " in " + scope;
  }

  /** Makes the rule from {@code segments}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, OnePerDelegation::configured);
    }
  }
}
