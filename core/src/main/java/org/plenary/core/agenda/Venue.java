package org.plenary.core.agenda;

import java.time.ZoneId;
import org.immutables.value.Value;
import org.plenary.core.text.Dates;
import org.plenary.core.text.LocalizedText;

/**
 * Where a plenary sits, and the time zone its clock times are read in. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Venue {

  Venue() {}

  /** The venue's name: "World Forum, The Hague". */
  @Value.Parameter
  public abstract LocalizedText name();

  /** The time zone of the venue, such as {@code Europe/Amsterdam}. */
  @Value.Parameter
  public abstract ZoneId zone();

  /**
   * The venue's time as people name it, from its name in each language: "The Hague time", « heure
   * de La Haye ». Readers' texts say this; machine formats keep the {@link #zone() zone}'s id.
   */
  public final LocalizedText time() {
    return Dates.localTime(name());
  }

  /** A venue. */
  public static Venue of(LocalizedText name, ZoneId zone) {
    return ImmutableVenue.of(name, zone);
  }

  @Override
  public String toString() {
    return name().english() + " (" + zone() + ")";
  }
}
