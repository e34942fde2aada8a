package org.plenary.export.intake;

/**
 * A file the intake cannot start from: a directory, a settings file or a spreadsheet header that is
 * missing or malformed. The message names the file, where in it (a row, a column, a key) and the
 * value. A bad message or a bad spreadsheet row never throws: it goes to the review list.
 */
public final class IntakeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  IntakeException(String message) {
    super(message);
  }

  IntakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
