package org.plenary.export.intake;

/** Says in a line why a message could not be read, without a stack trace and within length. */
final class Failures {

  private Failures() {}

  /** The reason a file could not be opened, in words: "no such file" rather than its path again. */
  static String io(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    return describe(e);
  }

  static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Fields.clean(message, 200);
  }
}
