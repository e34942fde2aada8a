package org.plenary.examples.rules;

import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.order.Precedence;

/**
 * Statements made on behalf of a group (the African Group, the European Union and its member States)
 * open the floor, before any order of precedence: a rule of a facilitation's own, written against the
 * public SPI alone. Configuration key: {@code segments} (comma-separated ids; default: every segment
 * that takes requests).
 */
public final class GroupStatementsFirst extends Rule {

  /** The rule id. */
  public static final String ID = "order.group-statements-first";

  private final Selector scope;

  private GroupStatementsFirst(Selector scope) {
    super(ID, LocalizedText.of("the rule of group statements first", "la règle des déclarations de groupe en premier"), LocalizedText.of("the practice of the Assembly: a group speaks before its members", "l'usage de l'Assemblée : un groupe s'exprime avant ses membres"));
    this.scope = scope;
  }

  /** Group statements first in every segment that takes requests. */
  public static GroupStatementsFirst inListSegments() {
    return new GroupStatementsFirst(Selector.listSegments());
  }

  /** The rule as {@code config} sets it. */
  public static GroupStatementsFirst configured(RuleConfig config) {
    return new GroupStatementsFirst(config.segments("segments"));
  }

  @Override
  public void declare(Declarations declarations) {
    declarations.order(scope, Place.before(Precedence.BY_CONSTITUENCY), r -> r.onBehalfOf().isPresent() ? 0 : 1);
  }

  /** Offers the rule to configuration files. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}. */
    public Provider() {
      super(ID, GroupStatementsFirst::configured);
    }
  }
}
