package org.plenary.export.intake;

/**
 * Where a replacement leaves the delegation on the list: assemblies rule it either way, so the
 * intake states which one it applied.
 */
public enum ReplacementPolicy {
  /** The new speaker keeps the place of the first request: its receipt instant stays. */
  KEEP_FIRST_RECEIPT,
  /** The replacement goes to the end, as a request received when the replacement was. */
  GO_TO_END;

  /** The setting's value in a properties file: {@code keep-first-receipt} or {@code go-to-end}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
