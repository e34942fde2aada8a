package org.plenary.export.internal;

import java.util.regex.Pattern;

/** Inline CommonMark that shows text as it is: the agenda's and the intake report's escaping. */
public final class Markdown {

  private static final String SPECIAL = "\\`*_[]<>|#!~&";
  private static final Pattern LIST_START = Pattern.compile("[0-9]+[.)].*");
  private static final Pattern LIST_MARK = Pattern.compile("([.)])");

  private Markdown() {}

  /**
   * {@code text} escaped for inline CommonMark: the characters that start markup are
   * backslash-escaped, and so is a leading {@code +}, {@code -}, {@code =} or a number that would
   * start a list.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lead = i == 0 && (c == '+' || c == '-' || c == '=');
      if (SPECIAL.indexOf(c) >= 0 || lead) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    return LIST_START.matcher(escaped).matches()
        ? LIST_MARK.matcher(escaped).replaceFirst("\\\\$1")
        : escaped;
  }

  /** One table row of escaped cells, an empty cell kept open with a space, ending in LF. */
  public static String row(String... cells) {
    StringBuilder line = new StringBuilder("|");
    for (String cell : cells) {
      line.append(' ').append(cell.isEmpty() ? " " : escape(cell)).append(" |");
    }
    return line.append('\n').toString();
  }
}
