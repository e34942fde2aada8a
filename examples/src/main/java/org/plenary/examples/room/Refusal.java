package org.plenary.examples.room;

/**
 * Why the room refused a request, with the HTTP status that says so: 400 for a malformed request,
 * 401 without the chair's token, 403 from another origin, 409 when the sitting cannot do it now, 503
 * when the log could not be written. The reason is one line. A refused request changed nothing.
 */
final class Refusal extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  Refusal(int status, String reason) {
    super(reason.replaceAll("[\\r\\n]+", " "));
    this.status = status;
  }

  /** A malformed request: {@code reason} names the field and the value. */
  static Refusal bad(String reason) {
    return new Refusal(400, reason);
  }

  /** A request the sitting refuses as it stands. */
  static Refusal conflict(String reason) {
    return new Refusal(409, reason);
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The one-line reason. */
  String reason() {
    return getMessage();
  }

  @Override
  public String toString() {
    return status + " " + getMessage();
  }
}
