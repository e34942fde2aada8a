package org.plenary.export.json;

/**
 * A JSON plan that cannot be read: malformed JSON, a missing or bad value, or a file from a newer
 * version. The message names where: a line and column, or a JSON pointer such as
 * {@code /plenary/segments/2/interventions/0/duration}.
 */
public final class PlanImportException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String location;

  PlanImportException(String location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
  }

  /** Where the problem is: {@code line 3, column 7} or a JSON pointer. */
  public String location() {
    return location;
  }
}
