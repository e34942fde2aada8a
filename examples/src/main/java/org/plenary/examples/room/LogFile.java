package org.plenary.examples.room;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.export.json.SittingLogJson;

/**
 * A sitting's log on disk, as {@link SittingLogJson}: each write goes to a file beside it, forced to
 * the disk, then renamed over the log in one atomic step, and the folder is forced too, so that a
 * kill at any instant leaves either the log before or the log after, whole. Thread-safe as far as
 * its one writer, the {@link Room}, calls it under its lock.
 */
final class LogFile {

  private final Path path;
  private final Path next;

  private LogFile(Path path) {
    this.path = path.toAbsolutePath();
    this.next = this.path.resolveSibling(this.path.getFileName() + ".next");
  }

  /** The log at {@code path}; its folder must exist. */
  static LogFile at(Path path) {
    return new LogFile(requireNonNull(path, "path"));
  }

  /** Where it is. */
  Path path() {
    return path;
  }

  /**
   * The events of the log, or nothing if there is no log yet.
   *
   * @throws IOException if it cannot be read, or is not a sitting's log (naming where)
   */
  Optional<List<SittingEvent>> read() throws IOException {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Optional.of(SittingLogJson.read(in));
    }
  }

  /** Replaces the log with {@code events}, durably, before it returns. */
  void write(List<SittingEvent> events) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * events.size() + 256);
    SittingLogJson.write(events, bytes);
    try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(false);
    }
    Files.move(next, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceFolder();
  }

  /** Forces the rename itself to the disk, where the system lets a folder be opened (not Windows). */
  private void forceFolder() {
    try (FileChannel folder = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException | UnsupportedOperationException notOnThisSystem) {
      // the rename is atomic all the same; only its durability waits for the system's own flush
    }
  }

  @Override
  public String toString() {
    return "LogFile[" + path + "]";
  }
}
