package org.plenary.examples.room;

import static java.util.Objects.requireNonNull;

/**
 * Why the room refused a request, with the HTTP status that says so: 400 for a malformed request,
 * 401 without the chair's token, 403 from another origin, 409 when the sitting cannot do it now, 503
 * when the log could not be written. The reason is one line. A refused request changed nothing.
 */
final class Refusal extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String key;
  private final Object[] args;

  Refusal(int status, String reason) {
    this(status, reason, null);
  }

  private Refusal(int status, String reason, String key, Object... args) {
    super(reason.replaceAll("[\\r\\n]+", " "));
    this.status = status;
    this.key = key;
    this.args = args.clone();
  }

  /** A malformed request: {@code reason} names the field and the value. */
  static Refusal bad(String reason) {
    return new Refusal(400, reason);
  }

  /** A request the sitting refuses as it stands. */
  static Refusal conflict(String reason) {
    return new Refusal(409, reason);
  }

  /**
   * A request the sitting refuses as it stands, {@code reason} in English for scripts, and the room's
   * text {@code refusal.<key>} with {@code args} for a person reading the console in another language.
   */
  static Refusal conflict(String reason, String key, Object... args) {
    return new Refusal(409, reason, requireNonNull(key, "key"), args);
  }

  /** Why, in {@code texts}' language where the room has words for it, else in English. */
  String reason(Texts texts) {
    return key == null ? getMessage() : texts.format("refusal." + key, args).replaceAll("[\\r\\n]+", " ");
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
