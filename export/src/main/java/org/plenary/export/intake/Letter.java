package org.plenary.export.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.core.text.LocalizedText;

/**
 * What the reader took out of one message, before any decision: its headers, its text and what
 * it noticed. {@code failure} is set when the message could not be read to the end. {@code
 * references} are the thread's message ids.
 */
record Letter(String source, Optional<String> messageId, Optional<String> sender, Optional<String> senderName,
    Optional<String> subject, Optional<Instant> received, Signs signs, boolean forward, String text,
    List<LocalizedText> notes, Optional<LocalizedText> failure, List<String> references) {

  /**
   * What the headers and the structure say of a machine's hand: an automatic reply ({@code
   * Auto-Submitted} other than {@code no}, {@code X-Autoreply}, {@code Precedence: auto_reply}, a read
   * receipt), a delivery report ({@code multipart/report} of delivery status, {@code
   * X-Failed-Recipients}), a list or bulk message ({@code List-Id}, {@code Precedence: bulk}, {@code
   * junk} or {@code list}), and an empty {@code Return-Path: <>}, which RFC 5321 gives reports.
   */
  record Signs(boolean autoReply, boolean bounce, boolean list, boolean nullSender) {
    static final Signs NONE = new Signs(false, false, false, false);
  }

  Letter {
    notes = List.copyOf(notes);
    references = List.copyOf(references);
  }

  /**
   * Whether a machine or a list sent it, by its headers and structure, so that nothing may answer it
   * (RFC 3834).
   */
  boolean automatic() {
    return signs.autoReply() || signs.bounce() || signs.list() || signs.nullSender();
  }
}
