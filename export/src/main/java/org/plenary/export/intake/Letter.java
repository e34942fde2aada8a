package org.plenary.export.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.core.text.LocalizedText;

/**
 * What the reader took out of one message, before any decision: its headers, its text and what
 * it noticed. {@code failure} is set when the message could not be read to the end. {@code
 * references} are the thread's message ids; {@code automatic} says that nothing may answer it
 * (RFC 3834: a machine or a list sent it).
 */
record Letter(String source, Optional<String> messageId, Optional<String> sender, Optional<String> subject,
    Optional<Instant> received, boolean autoReply, boolean bounce, boolean forward, String text,
    List<LocalizedText> notes, Optional<LocalizedText> failure, Optional<String> senderName,
    List<String> references, boolean automatic) {

  Letter {
    notes = List.copyOf(notes);
    references = List.copyOf(references);
  }

  /** A letter that knows nothing of its sender's name or its thread. */
  Letter(String source, Optional<String> messageId, Optional<String> sender, Optional<String> subject,
      Optional<Instant> received, boolean autoReply, boolean bounce, boolean forward, String text,
      List<LocalizedText> notes, Optional<LocalizedText> failure) {
    this(source, messageId, sender, subject, received, autoReply, bounce, forward, text, notes, failure,
        Optional.empty(), List.of(), autoReply || bounce);
  }
}
