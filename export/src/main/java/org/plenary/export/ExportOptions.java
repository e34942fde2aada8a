package org.plenary.export;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How to export: the reader's language, and whether the calendar has an event per intervention as
 * well as per segment. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExportOptions.in(Locale.FRENCH).withInterventionEvents(true)
 * }</pre>
 */
public final class ExportOptions {

  private final Locale locale;
  private final boolean interventionEvents;

  private ExportOptions(Locale locale, boolean interventionEvents) {
    this.locale = locale;
    this.interventionEvents = interventionEvents;
  }

  /** Options for readers of {@code locale}'s language; English where a text lacks it. */
  public static ExportOptions in(Locale locale) {
    return new ExportOptions(Locale.forLanguageTag(requireNonNull(locale, "locale").getLanguage()),
        false);
  }

  /** Options in English. */
  public static ExportOptions english() {
    return in(Locale.ENGLISH);
  }

  /** These options with an event per intervention in calendars, or not. */
  public ExportOptions withInterventionEvents(boolean on) {
    return new ExportOptions(locale, on);
  }

  /** The reader's language. */
  public Locale locale() {
    return locale;
  }

  /** Whether calendars hold an event per intervention as well as per segment. */
  public boolean interventionEvents() {
    return interventionEvents;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExportOptions other && locale.equals(other.locale)
        && interventionEvents == other.interventionEvents;
  }

  @Override
  public int hashCode() {
    return locale.hashCode() * 31 + Boolean.hashCode(interventionEvents);
  }

  @Override
  public String toString() {
    return "ExportOptions[" + locale + (interventionEvents ? ", intervention events" : "") + "]";
  }
}
