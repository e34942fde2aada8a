package org.plenary.export;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.plenary.core.plan.Timetable;

/**
 * Writes a timetable, and the plan under it, in one format and language.
 *
 * <p>An exporter reads; it never decides policy. Its output is UTF-8 and deterministic: the same
 * timetable and options give the same bytes whatever the JVM's default locale, time zone or charset.
 *
 * <p>To add a format, implement this interface with a public no-argument constructor and list the
 * class in {@code META-INF/services/org.plenary.export.Exporter} (and, in a named module, declare
 * {@code provides org.plenary.export.Exporter with ...}); {@link Exporters#all()} then finds it.
 */
public interface Exporter {

  /** The format's id, such as {@code markdown} or {@code ics}. */
  String format();

  /** The media type of the output, such as {@code text/calendar}. */
  String mediaType();

  /** The usual file extension, without the dot. */
  String extension();

  /** Writes {@code timetable} to {@code out}, which it neither closes nor buffers beyond need. */
  void write(Timetable timetable, ExportOptions options, OutputStream out) throws IOException;

  /**
   * The output as bytes. They are gathered in blocks and copied once into the array returned, so
   * a large output costs no more per byte than a small one.
   */
  default byte[] toBytes(Timetable timetable, ExportOptions options) {
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      write(timetable, options, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The output as text. */
  default String toText(Timetable timetable, ExportOptions options) {
    return new String(toBytes(timetable, options), StandardCharsets.UTF_8);
  }
}
