package org.plenary.demo.b;

/** The other half of a package cycle, for the architecture rules' own test. */
public class B {
  /** The first half. */
  public org.plenary.demo.a.A a() {
    return null;
  }
}
