package org.plenary.demo.user;

/** Uses another module's internals and shows a generated type, for the architecture rules' own test. */
public class User {
  /** Shows a generated type. */
  public ImmutableThing thing() {
    return new ImmutableThing();
  }

  /** Uses another module's internal type. */
  public Object hidden() {
    return new org.plenary.elsewhere.internal.Hidden();
  }
}
