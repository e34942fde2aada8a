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

  private static volatile Function<Object, Anchor> reader;

  /** An anchor; both parts are required. */
  public Anchor {
    requireNonNull(name, "name");
    requireNonNull(side, "side");
  }

  /** How {@code Place} gives its anchor: set once, by {@code Place} itself when it is loaded. */
  public static void readPlacesWith(Function<Object, Anchor> read) {
    reader = requireNonNull(read, "read");
  }

  /** The anchor of {@code place}, a {@code Place}. */
  public static Anchor of(Object place) {
    requireNonNull(place, "place");
    Function<Object, Anchor> read = reader;
    if (read == null) {
      read = Loaded.ensure(place, () -> reader);
    }
    return read.apply(place);
  }

  @Override
  public String toString() {
    return side == Side.AT ? name : side.name().toLowerCase(Locale.ROOT) + " " + name;
  }
}
