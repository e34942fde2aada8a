package org.plenary.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The JSON settings every JSON export shares: strict reading, and stable, LF-only pretty printing. */
public final class Json {

  /** A mapper that refuses duplicate keys and trailing tokens. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** A writer that indents by two spaces and ends lines with LF whatever the platform. */
  public static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /**
   * Streams one JSON value to {@code out} through {@link #WRITER}'s settings, then a final LF; the
   * stream is flushed, not closed. Nothing is built in memory first, so the cost grows with the
   * output and no faster.
   */
  public static void write(OutputStream out, Body body) throws IOException {
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      body.writeTo(g);
    }
    out.write('\n');
    out.flush();
  }

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  public interface Body {
    /** Writes the value's tokens to {@code g}. */
    void writeTo(JsonGenerator g) throws IOException;
  }

  /**
   * Reads a JSON tree; a syntax error or an empty input becomes the exception {@code error} makes
   * from a location ("line 3, column 16") and a problem.
   */
  public static <E extends RuntimeException> JsonNode read(InputStream in, Failure<E> error)
      throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw error.at(at == null ? "input" : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
          e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw error.at("line 1, column 1", "the input is empty", null);
    }
    return root;
  }

  /** Makes the exception for a problem at a location. */
  @FunctionalInterface
  public interface Failure<E extends RuntimeException> {
    /** The exception for {@code problem} at {@code where}, caused by {@code cause} (may be null). */
    E at(String where, String problem, Throwable cause);
  }
}
