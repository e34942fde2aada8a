package org.plenary.core.rule;

/**
 * A rule configuration that cannot be used: an unknown rule id or key, a malformed value. The
 * message names the file, the key and the value.
 */
public final class RuleConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String key;
  private final String value;

  /** An error about {@code key = value} in {@code source}, with what is wrong in {@code problem}. */
  public RuleConfigException(String source, String key, String value, String problem) {
    super(source + ": " + key + " = '" + value + "' " + problem);
    this.source = source;
    this.key = key;
    this.value = value;
  }

  /** The file or other source of the configuration. */
  public String source() {
    return source;
  }

  /** The full key, such as {@code time-limit.speaking.segment.floor}. */
  public String key() {
    return key;
  }

  /** The value as written. */
  public String value() {
    return value;
  }
}
