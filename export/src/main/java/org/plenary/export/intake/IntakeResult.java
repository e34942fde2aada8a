package org.plenary.export.intake;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;

/**
 * What an intake read: one entry per message or row, in the order read; the list of requests that
 * stand once cancellations and replacements are applied, in order of receipt; the duplicates left
 * out; and what stopped a read early, if anything did.
 *
 * <p>The counts add up: every message read is one request, cancellation, replacement or review
 * entry, and a message read twice (the same {@code Message-ID}) counts once. Immutable.
 */
public final class IntakeResult {

  /** A message whose {@code Message-ID} was already read, and so left out of the counts. */
  public record Duplicate(String messageId, String source, String firstSource) {}

  private final ImmutableList<IntakeEntry> entries;
  private final ImmutableList<RequestToSpeak> requests;
  private final ImmutableList<Duplicate> duplicates;
  private final ImmutableList<LocalizedText> problems;
  private final ImmutableList<LocalizedText> notes;

  IntakeResult(List<IntakeEntry> entries, List<RequestToSpeak> requests, List<Duplicate> duplicates,
      List<LocalizedText> problems, List<LocalizedText> notes) {
    this.entries = ImmutableList.copyOf(entries);
    this.requests = ImmutableList.copyOf(requests);
    this.duplicates = ImmutableList.copyOf(duplicates);
    this.problems = ImmutableList.copyOf(problems);
    this.notes = ImmutableList.copyOf(notes);
  }

  /** One entry per message or row, in the order read. */
  public List<IntakeEntry> entries() {
    return entries;
  }

  /** The requests that stand, in order of receipt, ready for the planner. */
  public List<RequestToSpeak> requests() {
    return requests;
  }

  /** The entries that a person must look at, in the order read. */
  public List<IntakeEntry> review() {
    return entries.stream().filter(e -> e.outcome() == Outcome.REVIEW).collect(ImmutableList.toImmutableList());
  }

  /** How many entries have {@code outcome}. */
  public int count(Outcome outcome) {
    return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
  }

  /** Messages read twice, counted once. */
  public List<Duplicate> duplicates() {
    return duplicates;
  }

  /**
   * What kept the intake from reading everything, such as a mailbox it could not read beyond a
   * message larger than the limit; empty when all was read.
   */
  public List<LocalizedText> problems() {
    return problems;
  }

  /**
   * What a person should know of how a whole source was read, though all of it was: a spreadsheet
   * or directory that is not UTF-8, read in another charset, say. Notes of one message are on its
   * entry.
   */
  public List<LocalizedText> notes() {
    return notes;
  }

  /** Whether everything was read. */
  public boolean complete() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "IntakeResult[%d messages: request %d, cancellation %d, replacement %d, review %d; "
            + "%d on the list%s]",
        entries.size(), count(Outcome.REQUEST), count(Outcome.CANCELLATION), count(Outcome.REPLACEMENT),
        count(Outcome.REVIEW), requests.size(), complete() ? "" : "; INCOMPLETE: " + problems.get(0).english());
  }
}
