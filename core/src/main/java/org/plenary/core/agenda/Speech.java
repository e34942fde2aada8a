package org.plenary.core.agenda;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Plenary.Theme;

/**
 * What an {@link Intervention} of the programme and a request to speak have in common: who speaks,
 * for whom, for how long, on what and in which language. Rules select and compare speeches through
 * it, whether they were programmed or asked for.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Speech {

  /** The id, unique within the plenary and its list of speakers. */
  String id();

  /** Who speaks. */
  Speaker speaker();

  /** The group the speaker speaks on behalf of, if not only their delegation. */
  Optional<Delegation> onBehalfOf();

  /** The speaking time planned or asked for. */
  Duration duration();

  /** The theme addressed, if stated. */
  Optional<Theme> theme();

  /** The language spoken, if stated. */
  Optional<Locale> language();

  /** The constituency the speech is made in: that of the speaker's delegation. */
  default Constituency constituency() {
    return speaker().delegation().constituency();
  }

  /** Whose voice it is: the group spoken for, or else the speaker's delegation. */
  default Delegation voice() {
    return onBehalfOf().orElse(speaker().delegation());
  }
}
