package org.plenary.demo.user;

/** A public type named as Immutables names its generated types, for the architecture rules' own test. */
public class ImmutableThing {}
