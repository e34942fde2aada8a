package org.plenary.rules.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What "before Tuesday 3 December" means. Configuration files write {@code before-day} or
 * {@code end-of-day}.
 */
public enum DeadlineMeaning {
  /** Strictly before 00:00 on the day named, in the venue's zone: the day itself is too late. */
  BEFORE_DAY,
  /** Up to the end of the day named, in the venue's zone: requests on that day are on time. */
  END_OF_DAY;

  /** The first instant that is too late, for a deadline on {@code day} in {@code zone}. */
  public ZonedDateTime cutOff(LocalDate day, ZoneId zone) {
    return (this == BEFORE_DAY ? day : day.plusDays(1)).atStartOfDay(zone);
  }
}
