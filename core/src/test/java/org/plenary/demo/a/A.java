package org.plenary.demo.a;

/** Half of a package cycle, for the architecture rules' own test. */
public class A {
  /** The other half. */
  public org.plenary.demo.b.B b() {
    return null;
  }
}
