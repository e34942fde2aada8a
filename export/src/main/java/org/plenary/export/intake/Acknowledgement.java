package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;

/**
 * One reply the Secretariat may send a delegation, written as an RFC 5322 message: the file it goes
 * to in the outbox, the entry it answers, who it is for, its language and its bytes. Never sent by
 * the library. Immutable and thread-safe.
 */
public final class Acknowledgement {

  private final String file;
  private final IntakeEntry answers;
  private final String to;
  private final Locale language;
  private final String messageId;
  private final byte[] message;

  Acknowledgement(String file, IntakeEntry answers, String to, Locale language, String messageId, byte[] message) {
    this.file = requireNonNull(file, "file");
    this.answers = requireNonNull(answers, "answers");
    this.to = requireNonNull(to, "to");
    this.language = requireNonNull(language, "language");
    this.messageId = requireNonNull(messageId, "messageId");
    this.message = message.clone();
  }

  /** The file's name in the outbox, such as {@code 0007-ken.eml}: names sort in order of receipt. */
  public String file() {
    return file;
  }

  /** The entry it answers. */
  public IntakeEntry answers() {
    return answers;
  }

  /** The address it is for: the sender of the message answered. */
  public String to() {
    return to;
  }

  /** The language it is written in, as its {@code Content-Language} says. */
  public Locale language() {
    return language;
  }

  /** Its own {@code Message-ID}, the same at every run for the same message answered. */
  public String messageId() {
    return messageId;
  }

  /** The message, as the {@code .eml} file holds it: a copy. */
  public byte[] bytes() {
    return message.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Acknowledgement a && a.file.equals(file) && a.answers.equals(answers)
        && Arrays.equals(a.message, message);
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + Arrays.hashCode(message);
  }

  @Override
  public String toString() {
    return file + " to " + to + " (" + language.toLanguageTag() + "), answering " + answers.source();
  }
}
