package org.plenary.core.internal.scope;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Function;

/**
 * A {@code Place} as the planner reads it: the name of a place, and whether the order stands at it,
 * just before it or just after it. {@code Place} is the public face and holds one.
 */
public record Anchor(String name, Side side) {

  /** Where an order stands relative to the place named. */
  public enum Side {
    /** At the place: the order is the one of that name. */
    AT,
    /** Just before it. */
    BEFORE,
    /** Just after it. */
    AFTER
  }

  private static final Reader<Anchor> READER = new Reader<>("place");

  /** An anchor; both parts are required. */
  public Anchor {
    requireNonNull(name, "name");
    requireNonNull(side, "side");
  }

  /** How {@code Place} gives its anchor: set once, by {@code Place} itself when it is loaded. */
  public static void readPlacesWith(Function<Object, Anchor> read) {
    READER.register(read);
  }

  /** The anchor of {@code place}, a {@code Place}. */
  public static Anchor of(Object place) {
    return READER.of(place);
  }

  @Override
  public String toString() {
    return side == Side.AT ? name : side.name().toLowerCase(Locale.ROOT) + " " + name;
  }
}
