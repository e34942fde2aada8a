package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.plenary.core.internal.scope.Anchor;

/**
 * Where an order stands among the orders of every rule: a place of its own, named so that other
 * rules can stand just before or just after it. The orders apply in sequence: each one decides among
 * the speakers that those before it leave level, and an {@linkplain Declarations#alternate
 * alternation} gives turns within the order of those after it. A rule's own places follow one another
 * as it declares them.
 *
 * <pre>{@code
 * Place NEW_VOICES = Place.named("order.new-voices");
 * d.order(Selector.listSegments(), Place.before(Precedence.BY_CONSTITUENCY), r -> ...);
 * }</pre>
 *
 * <p>Where no place says which of two orders comes first (two named places of different rules, two
 * rules just before the same place) they apply by rule id, and the plan's findings say so. Immutable
 * and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Place {

  static {
    Anchor.readPlacesWith(p -> ((Place) p).anchor);
  }

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

  private final Anchor anchor;

  private Place(Anchor anchor) {
    this.anchor = anchor;
  }

  /**
   * A place of its own, called {@code name}: lower-case words joined by dots or hyphens, such as
   * {@code order.precedence.rank}; by convention the rule's id, then what the order is by.
   */
  public static Place named(String name) {
    requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("place name '" + name
          + "' must be lower-case words joined by dots or hyphens, such as 'order.precedence.rank'");
    }
    return new Place(new Anchor(name, Anchor.Side.AT));
  }

  /** Just before the named place {@code place}: this order decides first. */
  public static Place before(Place place) {
    return new Place(new Anchor(nameOf(place, "before"), Anchor.Side.BEFORE));
  }

  /** Just after the named place {@code place}: this order decides among those it leaves level. */
  public static Place after(Place place) {
    return new Place(new Anchor(nameOf(place, "after"), Anchor.Side.AFTER));
  }

  private static String nameOf(Place place, String side) {
    requireNonNull(place, "place");
    if (place.anchor.side() != Anchor.Side.AT) {
      throw new IllegalArgumentException("place (" + place + ") has no name of its own: an order stands "
          + side + " a named place only");
    }
    return place.anchor.name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Place other && anchor.equals(other.anchor);
  }

  @Override
  public int hashCode() {
    return anchor.hashCode();
  }

  /** {@code order.precedence.rank}, {@code before order.precedence.rank}. */
  @Override
  public String toString() {
    return anchor.toString();
  }
}
