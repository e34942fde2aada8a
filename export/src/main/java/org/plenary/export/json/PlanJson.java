package org.plenary.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Json;

/**
 * The whole plenary and its plan as JSON, and back: export, import and export again give the same
 * bytes. The file names its format and version; a file from a newer version is refused rather than
 * half read. Malformed input gets a {@link PlanImportException} naming the line and column, or the
 * JSON pointer of the bad value. Language-independent: texts carry all their languages.
 *
 * <pre>{@code
 * byte[] json = new PlanJson().toBytes(plan.timetable(), ExportOptions.english());
 * Plan back = PlanJson.read(new ByteArrayInputStream(json));
 * }</pre>
 */
public final class PlanJson implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public PlanJson() {}

  /** The value of the file's {@code format} field. */
  public static final String FORMAT = "plenary-plan";
  /** The version of the file format this library writes, and the newest it reads. */
  public static final int VERSION = 2;

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Timetable timetable, ExportOptions options, OutputStream out) throws IOException {
    Json.write(out, g -> PlanToJson.write(timetable.plan(), g));
  }

  /**
   * Reads a plan written by {@link #write}.
   *
   * @throws PlanImportException if the input is not such a file, naming where it goes wrong
   * @throws IOException if the input cannot be read
   */
  public static Plan read(InputStream in) throws IOException {
    JsonNode root = Json.read(in, PlanImportException::new);
    return JsonToPlan.read(root);
  }
}
