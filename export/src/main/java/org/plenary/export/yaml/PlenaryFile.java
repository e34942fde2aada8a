package org.plenary.export.yaml;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;

/**
 * A plenary, or a series of meetings, written by a facilitator in YAML: the same model as
 * {@link Plenary#builder()} gives, read with Jackson's YAML parser. A bad file is refused with a
 * {@link PlenaryFileException} whose one-line message names the file, the line and column, the field
 * and the value; nothing is half-built. The format is described in the module's README and by the
 * JSON Schema {@link #schema()}.
 *
 * <pre>{@code
 * Plenary plenary = PlenaryFile.plenary(Path.of("asp18.yaml"));
 * Series debate = PlenaryFile.series(Path.of("general-debate.yaml"));
 * }</pre>
 */
public final class PlenaryFile {

  /** The name of the schema, beside this class. */
  public static final String SCHEMA = "plenary.schema.json";

  private PlenaryFile() {}

  /**
   * The plenary of {@code file}, which describes one meeting.
   *
   * @throws PlenaryFileException if the file cannot be read as a plenary, or lists several meetings
   */
  public static Plenary plenary(Path file) {
    return plenary(read(file));
  }

  /** The plenary of the UTF-8 YAML {@code in}, named {@code name} in errors. */
  public static Plenary plenary(InputStream in, String name) {
    return plenary(read(in, name));
  }

  private static Plenary plenary(Node root) {
    List<Plenary> meetings = new PlenaryReader().meetings(root);
    if (meetings.size() > 1) {
      throw root.fields.get("meetings").error("lists " + meetings.size()
          + " meetings: read the file as a series");
    }
    return meetings.get(0);
  }

  /**
   * The meetings of {@code file} as a series: those its {@code meetings} list, or its one plenary.
   *
   * @throws PlenaryFileException if the file cannot be read, or its meetings do not make a series
   */
  public static Series series(Path file) {
    return series(read(file));
  }

  /** The series of the UTF-8 YAML {@code in}, named {@code name} in errors. */
  public static Series series(InputStream in, String name) {
    return series(read(in, name));
  }

  private static Series series(Node root) {
    PlenaryReader reader = new PlenaryReader();
    return reader.series(root, reader.meetings(root));
  }

  /** The JSON Schema of the format (draft-07), as published beside this class. */
  public static String schema() {
    try (InputStream in = PlenaryFile.class.getResourceAsStream(SCHEMA)) {
      return new String(requireNonNull(in, SCHEMA).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static Node read(InputStream in, String name) {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    return Node.read(new StringReader(YamlText.decode(bytes, name)), name);
  }
}
