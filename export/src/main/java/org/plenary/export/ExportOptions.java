package org.plenary.export;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenary.export.release.Changes;

/**
 * How to export: the reader's language, whether the calendar has an event per intervention as well
 * as per segment, and, for a published list, its release number and the changes since an earlier
 * release. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExportOptions.in(Locale.FRENCH).withInterventionEvents(true)
 * ExportOptions.english().withChanges(Changes.between(first, second))
 * }</pre>
 */
public final class ExportOptions {

  private final Locale locale;
  private final boolean interventionEvents;
  private final OptionalInt release;
  private final Optional<Changes> changes;

  private ExportOptions(Locale locale, boolean interventionEvents, OptionalInt release,
      Optional<Changes> changes) {
    this.locale = locale;
    this.interventionEvents = interventionEvents;
    this.release = release;
    this.changes = changes;
  }

  /** Options for readers of {@code locale}'s language; English where a text lacks it. */
  public static ExportOptions in(Locale locale) {
    return new ExportOptions(Locale.forLanguageTag(requireNonNull(locale, "locale").getLanguage()),
        false, OptionalInt.empty(), Optional.empty());
  }

  /** Options in English. */
  public static ExportOptions english() {
    return in(Locale.ENGLISH);
  }

  /** These options with an event per intervention in calendars, or not. */
  public ExportOptions withInterventionEvents(boolean on) {
    return new ExportOptions(locale, on, release, changes);
  }

  /**
   * These options for release {@code number} of the list: agendas name it, and frab's
   * {@code version} carries it.
   *
   * @throws IllegalArgumentException if {@code number} is below 1, or the changes given end at another release
   */
  public ExportOptions withRelease(int number) {
    checkArgument(number >= 1, "release (%s) must be 1 or more", number);
    changes.ifPresent(c -> checkArgument(c.to() == number,
        "release (%s) is not the release the changes end at (%s)", number, c.to()));
    return new ExportOptions(locale, interventionEvents, OptionalInt.of(number), changes);
  }

  /**
   * These options for the release {@code changes} end at, with agendas showing "Changes since release
   * N" from them.
   */
  public ExportOptions withChanges(Changes changes) {
    requireNonNull(changes, "changes");
    release.ifPresent(n -> checkArgument(changes.to() == n,
        "the changes end at release %s, not at the release given (%s)", changes.to(), n));
    return new ExportOptions(locale, interventionEvents, OptionalInt.of(changes.to()), Optional.of(changes));
  }

  /** The reader's language. */
  public Locale locale() {
    return locale;
  }

  /** Whether calendars hold an event per intervention as well as per segment. */
  public boolean interventionEvents() {
    return interventionEvents;
  }

  /** The release number of the list exported, if it is a numbered release. */
  public OptionalInt release() {
    return release;
  }

  /** The changes agendas show, if any. */
  public Optional<Changes> changes() {
    return changes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExportOptions other && locale.equals(other.locale)
        && interventionEvents == other.interventionEvents && release.equals(other.release)
        && changes.equals(other.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale, interventionEvents, release, changes);
  }

  @Override
  public String toString() {
    return "ExportOptions[" + locale + (interventionEvents ? ", intervention events" : "")
        + (release.isPresent() ? ", release " + release.getAsInt() : "")
        + (changes.isPresent() ? ", changes since release " + changes.get().from() : "") + "]";
  }
}
