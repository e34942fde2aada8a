package org.plenary.rules.time;

/**
 * What to do when the list of speakers does not fit the time left. Configuration files write the
 * constants in lower case with hyphens: {@code wait-list}, {@code shorten-then-wait-list}.
 */
public enum FitPolicy {
  /** The last in order go to the waiting list until the rest fits. */
  WAIT_LIST,
  /**
   * As many as possible keep the floor, each shortened in proportion but to no less than the
   * minimum; only those who would not fit even then, the last in order, go to the waiting list.
   */
  SHORTEN_THEN_WAIT_LIST
}
