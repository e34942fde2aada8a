package org.plenary.export.intake;

/** Says in a line why a message could not be read, without a stack trace and within length. */
final class Failures {

  private Failures() {}

  static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Fields.clean(message, 200);
  }
}
