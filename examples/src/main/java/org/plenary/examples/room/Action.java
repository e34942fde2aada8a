package org.plenary.examples.room;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One action of the chair's console, as {@code POST /chair/actions} takes it: a JSON object such as
 * {@code {"action": "add-time", "seconds": 60}}. {@link #parse} refuses, naming the field and the
 * value, a body that is not such an object, an unknown action, a field the action does not take, or
 * a value out of range. Immutable and thread-safe.
 *
 * @param name the action: {@code next}, {@code end}, {@code pause}, {@code resume},
 *     {@code point-of-order}, {@code right-of-reply}, {@code add-time}, {@code absent}, {@code replan}
 * @param seconds for {@code add-time}, and the length of a point of order or a right of reply
 * @param then for {@code absent}: {@code skip} or {@code end-of-list}
 * @param delegation who raises a point of order or speaks in reply, by the delegation's id
 * @param speaker whom {@code next} calls or {@code absent} concerns, by intervention id, if not the
 *     next on the list
 * @param segment the segment a right of reply closes, if not the current one
 */
record Action(String name, OptionalInt seconds, Optional<String> then, Optional<String> delegation,
    Optional<String> speaker, Optional<String> segment) {

  /** The fields each action takes besides {@code action}; those first in the list are required. */
  private static final Map<String, List<String>> FIELDS = Map.of(
      "next", List.of("speaker"),
      "end", List.of(),
      "pause", List.of(),
      "resume", List.of(),
      "point-of-order", List.of("delegation", "seconds"),
      "right-of-reply", List.of("delegation", "seconds", "segment"),
      "add-time", List.of("seconds"),
      "absent", List.of("then", "speaker"),
      "replan", List.of());

  private static final Map<String, Set<String>> REQUIRED = Map.of(
      "point-of-order", Set.of("delegation"),
      "right-of-reply", Set.of("delegation"),
      "add-time", Set.of("seconds"),
      "absent", Set.of("then"));

  /** The actions, in the order the console shows them. */
  static final List<String> NAMES = List.of("next", "end", "pause", "resume", "point-of-order",
      "right-of-reply", "add-time", "absent", "replan");

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /** The longest body read, in bytes. */
  static final int MAX_BYTES = 4096;

  /** The most seconds an action may carry: an hour. */
  static final int MAX_SECONDS = 3600;

  /** An action with no field but its name. */
  static Action of(String name) {
    return new Action(name, OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** The action a body gives, or the reason it gives none. */
  static Action parse(byte[] body) throws Refusal {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw Refusal.bad("the body is not JSON: " + e.getOriginalMessage() + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (java.io.IOException e) {
      throw Refusal.bad("the body could not be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw Refusal.bad("the body must be a JSON object such as {\"action\": \"next\"}");
    }
    JsonNode action = root.get("action");
    if (action == null || !action.isTextual()) {
      throw Refusal.bad("'action' must be a string, one of " + NAMES + (action == null ? "" : ", not " + show(action)));
    }
    String name = action.textValue();
    List<String> fields = FIELDS.get(name);
    if (fields == null) {
      throw Refusal.bad("'action' " + show(action) + " is not one of " + NAMES);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!field.equals("action") && !fields.contains(field)) {
        throw Refusal.bad("'" + Texts.oneLine(field) + "' is not a field of the action '" + name + "'"
            + (fields.isEmpty() ? ", which takes none" : ", which takes " + fields));
      }
    }
    for (String field : REQUIRED.getOrDefault(name, Set.of())) {
      if (!root.has(field)) {
        throw Refusal.bad("the action '" + name + "' needs '" + field + "'");
      }
    }
    OptionalInt seconds = OptionalInt.empty();
    if (root.has("seconds")) {
      JsonNode s = root.get("seconds");
      if (!s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 1 || s.intValue() > MAX_SECONDS) {
        throw Refusal.bad("'seconds' must be a whole number from 1 to " + MAX_SECONDS + ", not " + show(s));
      }
      seconds = OptionalInt.of(s.intValue());
    }
    Optional<String> then = text(root, "then");
    if (then.isPresent() && !List.of("skip", "end-of-list").contains(then.get())) {
      throw Refusal.bad("'then' must be \"skip\" or \"end-of-list\", not " + show(root.get("then")));
    }
    return new Action(name, seconds, then, text(root, "delegation"), text(root, "speaker"), text(root, "segment"));
  }

  private static Optional<String> text(JsonNode root, String field) throws Refusal {
    JsonNode n = root.get(field);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isTextual() || n.textValue().isBlank()) {
      throw Refusal.bad("'" + field + "' must be a non-blank string, not " + show(n));
    }
    return Optional.of(n.textValue());
  }

  /** A JSON value as the message echoes it: one line, cut if long. */
  private static String show(JsonNode n) {
    return Texts.oneLine(n.toString());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(name);
    seconds.ifPresent(n -> s.append(' ').append(n).append(" s"));
    then.ifPresent(t -> s.append(" then ").append(t));
    delegation.ifPresent(d -> s.append(" by ").append(d));
    speaker.ifPresent(d -> s.append(" for ").append(d));
    segment.ifPresent(d -> s.append(" in ").append(d));
    return s.toString();
  }
}
