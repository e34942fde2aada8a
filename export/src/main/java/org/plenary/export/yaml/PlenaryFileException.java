package org.plenary.export.yaml;

import java.util.Optional;

/**
 * A plenary file that cannot be read: not YAML, a field unknown, missing or of the wrong kind, a value
 * that does not parse or that the model refuses. The message is one line and names the file, the
 * line and column, the field and the value:
 * {@code asp18.yaml, line 42, column 16: segments[1].allotment = '20 minutes': not an ISO-8601
 * duration such as PT20M or PT2H}.
 */
public final class PlenaryFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String value;

  PlenaryFileException(String file, int line, int column, String field, String value, String problem) {
    super(file + ", line " + line + ", column " + column + ": "
        + (field.isEmpty() ? "" : field + (value == null ? "" : " = '" + shown(value) + "'") + ": ") + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.value = value;
  }

  /** A value as a message shows it: on one line, control characters escaped, long ones cut. */
  static String shown(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(80).forEach(c -> {
      if (c == '\n') {
        out.append("\\n");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 80 ? out + "…" : out.toString();
  }

  /** The file, as it was named to the reader. */
  public String file() {
    return file;
  }

  /** The line of the problem, from 1. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1. */
  public int column() {
    return column;
  }

  /** The field, as a path such as {@code segments[1].allotment}; empty for the file as a whole. */
  public String field() {
    return field;
  }

  /** The value refused, as written, if the field holds a single value. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
