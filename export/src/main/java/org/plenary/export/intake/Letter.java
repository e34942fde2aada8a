package org.plenary.export.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.core.text.LocalizedText;

/**
 * What the reader took out of one message, before any decision: its headers, its text and what
 * it noticed. {@code failure} is set when the message could not be read to the end.
 */
record Letter(String source, Optional<String> messageId, Optional<String> sender, Optional<String> subject,
    Optional<Instant> received, boolean autoReply, boolean bounce, boolean forward, String text,
    List<LocalizedText> notes, Optional<LocalizedText> failure) {

  Letter {
    notes = List.copyOf(notes);
  }
}
