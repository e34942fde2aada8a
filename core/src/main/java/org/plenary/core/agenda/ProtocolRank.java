package org.plenary.core.agenda;

import org.apiguardian.api.API;
import org.plenary.core.internal.Messages;
import org.plenary.core.text.LocalizedText;

/**
 * The protocol level of a speaker, highest first: a head of State speaks before a minister, who
 * speaks before an ambassador. The declaration order is the order of precedence.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ProtocolRank {
  /** A head of State. */
  HEAD_OF_STATE,
  /** A head of government. */
  HEAD_OF_GOVERNMENT,
  /** A vice-president. */
  VICE_PRESIDENT,
  /** A minister. */
  MINISTER,
  /** A vice-minister or secretary of State. */
  VICE_MINISTER,
  /** An ambassador or permanent representative. */
  AMBASSADOR,
  /** Any other representative. */
  OTHER;

  /** The rank's name in every language: "Head of State", "Chef d'État". */
  public LocalizedText label() {
    return Messages.CORE.text("rank." + name());
  }
}
