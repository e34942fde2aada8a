package org.plenary.export.release;

import java.util.ArrayList;
import java.util.List;
import org.plenary.export.release.Changes.Change;

/** What the release tests read of releases and changes, beside the public API. */
final class ReleaseReading {

  private ReleaseReading() {}

  /** The changes of {@code kind} among {@code changes}, in their order. */
  static List<Change> of(Changes changes, Change.Kind kind) {
    return changes.changes().stream().filter(c -> c.kinds().contains(kind)).toList();
  }

  /** The ids of the requests on {@code release}'s lists, in its order. */
  static List<String> speakers(Release release) {
    List<String> ids = new ArrayList<>();
    for (var p : release.plan().meetings()) {
      p.slots().stream().filter(x -> x.request().isPresent()).forEach(x -> ids.add(x.id()));
    }
    for (var w : release.plan().waitingList()) {
      if (w.request().isPresent()) {
        ids.add(w.id());
      }
    }
    return ids;
  }
}
