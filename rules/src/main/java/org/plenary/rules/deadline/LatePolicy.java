package org.plenary.rules.deadline;

/**
 * What happens to a request received after the deadline. Configuration files write {@code refuse},
 * {@code wait-list} or {@code admit-after}.
 */
public enum LatePolicy {
  /** It is refused: it will not be called. */
  REFUSE,
  /** It goes to the waiting list: it may be called if time allows. */
  WAIT_LIST,
  /** It is admitted, after every request received on time. */
  ADMIT_AFTER
}
