package org.plenary.examples.rules;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.order.Precedence;

/**
 * States Parties and the others (observers, organisations, civil society) take turns on the floor:
 * {@code n} States Parties, then one of the others, and so on, each group in the order the other rules
 * give it. It outranks the order of precedence, which still orders each group. Written against the
 * public SPI alone. Configuration keys: {@code states} (how many States Parties a turn, 1 by
 * default), {@code segments}.
 */
public final class AlternateStatesAndOthers extends Rule {

  /** The rule id. */
  public static final String ID = "order.alternate-states-and-others";

  private final int states;
  private final Selector scope;

  private AlternateStatesAndOthers(int states, Selector scope) {
    super(ID, LocalizedText.of("the alternation of States Parties and others", "l'alternance des États Parties et des autres"), LocalizedText.of("the co-facilitators' wish to hear every voice early", "le souhait des co-facilitateurs d'entendre chaque voix tôt"));
    if (states < 1) {
      throw new IllegalArgumentException("states (" + states + ") must be 1 or more");
    }
    this.states = states;
    this.scope = scope;
  }

  /** One State Party, then one of the others, in every segment that takes requests. */
  public static AlternateStatesAndOthers oneForOne() {
    return new AlternateStatesAndOthers(1, Selector.listSegments());
  }

  /** {@code states} States Parties, then one of the others. */
  public static AlternateStatesAndOthers statesForOne(int states) {
    return new AlternateStatesAndOthers(states, Selector.listSegments());
  }

  /** The rule as {@code config} sets it. */
  public static AlternateStatesAndOthers configured(RuleConfig config) {
    return new AlternateStatesAndOthers(config.count("states").orElse(1), config.segments("segments"));
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    return LocalizedText.of(states + " State(s) Party, then one observer, organisation or civil society "
        + "speaker, in turn", states + " État(s) Partie(s), puis un observateur, une organisation ou la société "
        + "civile, tour à tour");
  }

  @Override
  public void declare(Declarations declarations) {
    List<String> turns = new ArrayList<>();
    for (int i = 0; i < states; i++) {
      turns.add("state");
    }
    turns.add("other");
    declarations.alternate(scope, Place.before(Precedence.BY_CONSTITUENCY),
        r -> r.constituency().equals(Constituency.STATE_PARTY) ? "state" : "other", turns);
  }

  /** Offers the rule to configuration files. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}. */
    public Provider() {
      super(ID, AlternateStatesAndOthers::configured);
    }
  }
}
