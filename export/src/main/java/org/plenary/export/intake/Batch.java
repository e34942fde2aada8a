package org.plenary.export.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.core.text.LocalizedText;

/**
 * One read's state, over one source or several: the drafts in the order read (each draft's order is
 * its place here), the message ids seen, the duplicates left out and what stopped a source early.
 */
final class Batch {

  private final List<Draft> drafts = new ArrayList<>();
  private final Map<String, String> seen = new HashMap<>();
  private final List<IntakeResult.Duplicate> duplicates = new ArrayList<>();
  private final List<LocalizedText> problems = new ArrayList<>();

  /** The order the next draft takes. */
  int next() {
    return drafts.size();
  }

  /** Adds a message, or notes it as a duplicate when its {@code Message-ID} was read before. */
  void add(Letter l, Triage triage) {
    if (l.messageId().isPresent()) {
      String first = seen.putIfAbsent(l.messageId().get(), l.source());
      if (first != null) {
        duplicates.add(new IntakeResult.Duplicate(l.messageId().get(), l.source(), first));
        return;
      }
    }
    drafts.add(triage.of(next(), l));
  }

  /** Adds a draft made at {@link #next()}. */
  void add(Draft d) {
    if (d.order() != next()) {
      throw new IllegalStateException("draft " + d.order() + " added at " + next());
    }
    drafts.add(d);
  }

  void problem(LocalizedText problem) {
    problems.add(problem);
  }

  /** Applies the drafts in order of receipt and gives the result. */
  IntakeResult close(IntakeSettings settings) {
    return new Ledger(settings, Channel.EMAIL).close(drafts, duplicates, problems);
  }
}
