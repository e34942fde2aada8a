package org.plenary.export.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.core.text.LocalizedText;

/**
 * One read's state, over one source or several: the drafts in the order read (each draft's order is
 * its place here) with the channel each came by, the message ids seen, the duplicates left out, what
 * stopped a source early and what a person should know of how a source was read.
 */
final class Batch {

  private final List<Draft> drafts = new ArrayList<>();
  private final List<Channel> channels = new ArrayList<>();
  private final Map<String, String> seen = new HashMap<>();
  private final List<IntakeResult.Duplicate> duplicates = new ArrayList<>();
  private final List<LocalizedText> problems = new ArrayList<>();
  private final List<LocalizedText> notes = new ArrayList<>();

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
    channels.add(Channel.EMAIL);
  }

  /** Adds a draft made at {@link #next()}, which came by {@code channel}. */
  void add(Draft d, Channel channel) {
    if (d.order() != next()) {
      throw new IllegalStateException("draft " + d.order() + " added at " + next());
    }
    drafts.add(d);
    channels.add(channel);
  }

  void problem(LocalizedText problem) {
    problems.add(problem);
  }

  /** Notes what a person should know of a whole source, such as the charset a file was read in. */
  void note(LocalizedText note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /** Applies the drafts in order of receipt and gives the result. */
  IntakeResult close(IntakeSettings settings) {
    return new Ledger(settings).close(drafts, channels, duplicates, problems, notes);
  }
}
