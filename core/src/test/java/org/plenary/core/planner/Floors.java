package org.plenary.core.planner;

import java.util.function.Consumer;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/** The floor the planner's and the sitting's tests share, and rules written in a line for it. */
public final class Floors {

  /** The sample's floor. */
  public static final Selector FLOOR = Selector.segments("floor");
  /** Observer States, international organisations and civil society. */
  public static final Selector OTHERS = Selector.constituencies(Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);

  /** The place of {@link #statesFirst()}'s order, for other orders to stand before or after. */
  public static final Place STATES_FIRST = Place.named("order.states-first");

  private Floors() {}

  /** A rule {@code id}, named "rule {@code id}", that declares as {@code declare} says. */
  public static Rule rule(String id, Consumer<Declarations> declare) {
    return Rule.of(id, LocalizedText.of("rule " + id, "règle " + id), LocalizedText.of("test"), declare);
  }

  /** States Parties before the others, by a key of constituency. */
  public static Rule statesFirst() {
    return rule("order.states-first", d -> d.order(Selector.listSegments(), STATES_FIRST,
        r -> r.constituency().equals(Constituency.STATE_PARTY) ? 0 : 1));
  }

  /** r1 NGO1, r2 SP1, r3 SP2, r4 OBS1, r5 SP3, r6 NGO2, r7 SP4; three minutes each. */
  public static Trial mixed() {
    return Trial.sample().request("NGO1", Constituency.CIVIL_SOCIETY).request("SP1", Constituency.STATE_PARTY)
        .request("SP2", Constituency.STATE_PARTY).request("OBS1", Constituency.OBSERVER_STATE)
        .request("SP3", Constituency.STATE_PARTY).request("NGO2", Constituency.CIVIL_SOCIETY)
        .request("SP4", Constituency.STATE_PARTY);
  }
}
