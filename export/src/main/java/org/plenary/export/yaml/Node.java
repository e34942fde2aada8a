package org.plenary.export.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with where it was written: a map, a list, a single value or nothing, its line and
 * column and its path from the root ({@code segments[1].title}). Read from Jackson's YAML parser, so
 * that every later error can point at its place. Immutable.
 */
final class Node {

  enum Kind { MAP, LIST, VALUE, NULL }

  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  final Kind kind;
  final String file;
  final String path;
  final int line;
  final int column;
  /** The value as written, for {@link Kind#VALUE}. */
  final String text;
  /** The fields of a map, in the file's order. */
  final Map<String, Node> fields;
  /** Where each field's key is written. */
  final Map<String, int[]> keys;
  /** The items of a list. */
  final List<Node> items;

  private Node(Kind kind, String file, String path, int line, int column, String text, Map<String, Node> fields,
      Map<String, int[]> keys, List<Node> items) {
    this.kind = kind;
    this.file = file;
    this.path = path;
    this.line = line;
    this.column = column;
    this.text = text;
    this.fields = fields;
    this.keys = keys;
    this.items = items;
  }

  /** A node of the same place with other fields: a meeting laid over the plenary it repeats. */
  Node withFields(Map<String, Node> fields) {
    return new Node(kind, file, path, line, column, text, Collections.unmodifiableMap(new LinkedHashMap<>(fields)),
        keys, items);
  }

  /** The error of this node: its place, its path, its value if single, and {@code problem}. */
  PlenaryFileException error(String problem) {
    return new PlenaryFileException(file, line, column, path, kind == Kind.VALUE ? text : null, problem);
  }

  /** The error of field {@code name}'s key, as written in this map. */
  PlenaryFileException keyError(String name, String problem) {
    int[] at = keys.get(name);
    return new PlenaryFileException(file, at[0], at[1], child(name), null, problem);
  }

  /** What a field {@code name} of this map is called. */
  String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The one YAML document of {@code in}, named {@code file} in errors. */
  static Node read(Reader in, String file) {
    try (JsonParser p = YAML.createParser(in)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new PlenaryFileException(file, 1, 1, "", null, "the file is empty");
        }
        Node root = read(p, file, "");
        if (p.nextToken() != null) {
          JsonLocation at = p.currentTokenLocation();
          throw new PlenaryFileException(file, at.getLineNr(), at.getColumnNr(), "", null,
              "a second YAML document; a plenary file holds one");
        }
        return root;
      } catch (MarkedYAMLException e) {
        var mark = e.getProblemMark();
        throw new PlenaryFileException(file, mark == null ? e.getLocation().getLineNr() : mark.getLine() + 1,
            mark == null ? e.getLocation().getColumnNr() : mark.getColumn() + 1, path(p), null,
            "not YAML: " + firstLine(e.getProblem() == null ? e.getOriginalMessage() : e.getProblem()));
      } catch (JsonProcessingException e) {
        throw new PlenaryFileException(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), path(p),
            null, "not YAML: " + firstLine(e.getOriginalMessage()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The parser's place as a path: {@code /segments/1/title} as {@code segments[1].title}. */
  private static String path(JsonParser p) {
    String pointer = p.getParsingContext().pathAsPointer().toString();
    StringBuilder out = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit) && out.length() > 0) {
        out.append('[').append(part).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return out.toString();
  }

  private static Node read(JsonParser p, String file, String path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (((YAMLParser) p).isCurrentAlias()) {
      throw new PlenaryFileException(file, line, column, path, "*" + p.getText(),
          "an alias; write the value itself, or name a delegation by its id");
    }
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, int[]> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation key = p.currentTokenLocation();
          String child = path.isEmpty() ? name : path + "." + name;
          if (fields.containsKey(name)) {
            throw new PlenaryFileException(file, key.getLineNr(), key.getColumnNr(), child, null,
                "given twice (first at line " + keys.get(name)[0] + ")");
          }
          keys.put(name, new int[] {key.getLineNr(), key.getColumnNr()});
          p.nextToken();
          fields.put(name, read(p, file, child));
        }
        return new Node(Kind.MAP, file, path, line, column, null, Collections.unmodifiableMap(fields),
            Collections.unmodifiableMap(keys), List.of());
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, file, path + "[" + items.size() + "]"));
        }
        return new Node(Kind.LIST, file, path, line, column, null, Map.of(), Map.of(),
            Collections.unmodifiableList(items));
      }
      case VALUE_NULL -> {
        return new Node(Kind.NULL, file, path, line, column, null, Map.of(), Map.of(), List.of());
      }
      case VALUE_STRING -> {
        // "key:" with nothing after it reads as an empty text: it is nothing, as "~" is.
        String text = p.getText();
        return new Node(text.isEmpty() ? Kind.NULL : Kind.VALUE, file, path, line, column, text.isEmpty() ? null : text,
            Map.of(), Map.of(), List.of());
      }
      default -> {
        return new Node(Kind.VALUE, file, path, line, column, p.getText(), Map.of(), Map.of(), List.of());
      }
    }
  }
}
