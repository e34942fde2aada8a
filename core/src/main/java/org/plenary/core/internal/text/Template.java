package org.plenary.core.internal.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A message pattern parsed once by ICU's {@link MessageFormat}, with a fast path for the common case:
 * every placeholder plain ({@code {0}}, no number, plural or select) and every argument a string. Then
 * the message is the pattern's literal parts and the arguments joined, with no sub-format built; any
 * other case goes to {@code MessageFormat}. Immutable and thread-safe.
 */
final class Template {

  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private final MessageFormat format;
  /** Literal parts and argument indexes, in order; null when some placeholder has a format of its own. */
  private final Object[] parts;

  Template(String pattern, ULocale locale) {
    this.format = new MessageFormat(pattern, locale);
    this.parts = plain(pattern) ? split(format) : null;
  }

  /** The argument numbers {@code pattern} uses, at any depth. */
  static java.util.SortedSet<Integer> arguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    java.util.SortedSet<Integer> numbers = new java.util.TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
        numbers.add(part.getValue());
      }
    }
    return numbers;
  }

  /** Whether every argument of {@code pattern} is a bare numbered {@code {n}}. */
  private static boolean plain(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME
          || part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() != MessagePattern.ArgType.NONE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The literal parts as MessageFormat reads them (quotes resolved), found by formatting the pattern
   * with markers that no bundle text holds.
   */
  private static Object[] split(MessageFormat format) {
    int count = 0;
    for (String name : format.getArgumentNames()) {
      count = Math.max(count, Integer.parseInt(name) + 1);
    }
    Object[] markers = new Object[count];
    for (int i = 0; i < count; i++) {
      markers[i] = OPEN + Integer.toString(i) + CLOSE;
    }
    String marked = format.format(markers);
    List<Object> parts = new ArrayList<>();
    int from = 0;
    for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
      int close = marked.indexOf(CLOSE, open);
      if (open > from) {
        parts.add(marked.substring(from, open));
      }
      parts.add(Integer.valueOf(marked.substring(open + 1, close)));
      from = close + 1;
    }
    if (from < marked.length()) {
      parts.add(marked.substring(from));
    }
    return parts.toArray();
  }

  /** The message with {@code args}. */
  String format(Object[] args) {
    if (parts != null && allStrings(args)) {
      StringBuilder out = new StringBuilder(64);
      for (Object part : parts) {
        if (part instanceof Integer i) {
          out.append(i < args.length ? (String) args[i] : "{" + i + "}");
        } else {
          out.append((String) part);
        }
      }
      return out.toString();
    }
    synchronized (format) {
      return format.format(args);
    }
  }

  private static boolean allStrings(Object[] args) {
    for (Object a : args) {
      if (!(a instanceof String)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return format.toPattern();
  }
}
