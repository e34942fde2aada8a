package org.plenary.core.internal.resolve;

import java.util.Comparator;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.rule.Rule;

/**
 * A declaration a rule made: one of the kinds the rule SPI offers, each a class that holds what the
 * declaration means, how the planner applies it, how a plan is checked against it, and the words of
 * its decisions and findings.
 */
sealed interface Decl permits Admission, OneStatement, Ordering.Key, Ordering.Alternation, Pin, Limit,
    Capacity, Reserve {

  /** Declarations in the order they apply: by rule id, then as declared. */
  Comparator<Decl> ORDER = Comparator.<Decl, String>comparing(d -> d.rule().id()).thenComparingInt(Decl::seq);

  /** The rule that declared it. */
  Rule rule();

  /** Its place among the rule's declarations. */
  int seq();

  /** Whom it is about; null for a fixed place, which names one intervention. */
  Scope scope();
}
