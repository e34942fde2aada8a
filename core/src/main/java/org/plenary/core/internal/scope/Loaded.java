package org.plenary.core.internal.scope;

import java.util.function.Supplier;

/** Makes sure the class of a value has run its static initializer, which registers how to read it. */
final class Loaded {

  private Loaded() {}

  /**
   * What {@code reader} gives once the class of {@code value} is initialized: a thread that holds a
   * value of a class another thread initialized sees that initialization once it asks for it.
   */
  static <T> T ensure(Object value, Supplier<T> reader) {
    try {
      Class.forName(value.getClass().getName(), true, value.getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the class of " + value + " cannot be found", e);
    }
    T read = reader.get();
    if (read == null) {
      throw new IllegalArgumentException(value.getClass().getName() + " registers no reader");
    }
    return read;
  }
}
