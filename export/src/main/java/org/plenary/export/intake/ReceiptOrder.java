package org.plenary.export.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entries in order of receipt: by the instant received, then in the order read; undated ones last. */
final class ReceiptOrder {

  private ReceiptOrder() {}

  /** {@code entries} sorted by receipt; a stable sort, so that ties keep the order read. */
  static List<IntakeEntry> of(List<IntakeEntry> entries) {
    List<IntakeEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((IntakeEntry e) -> e.received().orElse(Instant.MAX)));
    return sorted;
  }
}
