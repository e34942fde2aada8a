package org.plenary.export.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.plenary.core.text.LocalizedText;

/**
 * Says in words why something could not be read: a limit that a message broke, in each language,
 * or a file that could not be opened. No stack trace and no class name reach the reader.
 */
final class Failures {

  private Failures() {}

  /** Why a message could not be read, in each language. */
  static LocalizedText of(Throwable e, IntakeSettings.Limits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MaxLineLimitException) {
        return Wording.BUNDLE.text("failure.line", limits.lineBytes());
      }
      if (t instanceof MaxHeaderLengthLimitException) {
        return Wording.BUNDLE.text("failure.header", limits.headerBytes());
      }
      if (t instanceof MaxHeaderLimitException) {
        return Wording.BUNDLE.text("failure.headers", limits.headerCount());
      }
    }
    return e instanceof IOException io ? Wording.BUNDLE.text("failure.io", io(io))
        : Wording.BUNDLE.text("failure.parser", describe(e));
  }

  /** The reason a file could not be opened, in words: "no such file" rather than its path again. */
  static String io(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "access denied";
    }
    return describe(e);
  }

  /** The exception's own message, on one line and within length. */
  static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Fields.clean(message, 200);
  }
}
