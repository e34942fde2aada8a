package org.plenary.core.internal.scope;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * How the planner reads what a public value holds: the value's class registers the function once,
 * from its static initializer, and the planner asks through it. A value whose class another thread
 * initialized is read once that initialization is seen: asking initializes the class if need be.
 *
 * @param <T> what is read
 */
final class Reader<T> {

  private final String what;
  private volatile Function<Object, T> read;

  Reader(String what) {
    this.what = what;
  }

  /** Sets how values are read: once, by their class; a second registration is refused. */
  synchronized void register(Function<Object, T> read) {
    requireNonNull(read, "read");
    if (this.read != null) {
      throw new IllegalStateException("how to read a " + what + " is already registered");
    }
    this.read = read;
  }

  /** What {@code value} holds. */
  T of(Object value) {
    requireNonNull(value, what);
    Function<Object, T> r = read;
    if (r == null) {
      try {
        Class.forName(value.getClass().getName(), true, value.getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the class of " + value + " cannot be found", e);
      }
      r = read;
      if (r == null) {
        throw new IllegalArgumentException(value.getClass().getName() + " registers no reader");
      }
    }
    return r.apply(value);
  }
}
