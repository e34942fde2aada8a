package org.plenary.export.intake;

import java.util.Optional;
import org.plenary.core.agenda.ProtocolRank;

/**
 * An entry as triage left it, with what a request, a cancellation or a replacement asks for: the
 * segment stated (or the default) and the speaker's name, function and rank, if given.
 */
record Draft(int order, IntakeEntry entry, Optional<String> segment, boolean segmentStated,
    Optional<String> speaker, Optional<String> function, Optional<ProtocolRank> rank) {

  Draft withEntry(IntakeEntry e) {
    return new Draft(order, e, segment, segmentStated, speaker, function, rank);
  }
}
