package org.plenary.elsewhere.internal;

/** A type of another module's internal package, for the architecture rules' own test. */
public class Hidden {}
