package org.plenary.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.plenary.export.intake.IntakeException;
import org.plenary.export.json.PlanImportException;
import org.plenary.export.yaml.PlenaryFileException;

/**
 * What went wrong, in one line, and its exit code: the library's exceptions name the file, the line,
 * the key or the value, and this keeps their words, on one line, with no stack trace.
 */
record Failure(int code, String message) {

  Failure {
    message = message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** The failure {@code e} stands for. */
  static Failure of(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return of(u.getCause());
    }
    if (e instanceof BadInput bad) {
      return new Failure(bad.code(), bad.getMessage());
    }
    if (e instanceof PlenaryFileException || e instanceof IntakeException || e instanceof PlanImportException) {
      return new Failure(Exit.BAD_INPUT, e.getMessage());
    }
    if (e instanceof NoSuchFileException n) {
      return new Failure(Exit.NO_INPUT, n.getFile() + ": no such file or folder");
    }
    if (e instanceof AccessDeniedException a) {
      return new Failure(Exit.IO, a.getFile() + ": access denied");
    }
    if (e instanceof NotDirectoryException n) {
      return new Failure(Exit.IO, n.getFile() + ": is not a folder");
    }
    if (e instanceof FileAlreadyExistsException f) {
      return new Failure(Exit.IO, f.getFile() + ": already exists");
    }
    if (e instanceof IOException) {
      return new Failure(Exit.IO, String.valueOf(e.getMessage()));
    }
    if (e instanceof IllegalArgumentException) {
      return new Failure(Exit.BAD_INPUT, String.valueOf(e.getMessage()));
    }
    return new Failure(Exit.SOFTWARE, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** Input refused by the command itself, with the file it is in named in the message. */
  static final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    BadInput(int code, String message, Throwable cause) {
      super(message, cause);
      this.code = code;
    }

    BadInput(String message) {
      this(Exit.BAD_INPUT, message, null);
    }

    int code() {
      return code;
    }
  }
}
