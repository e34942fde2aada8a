package org.plenary.export.internal;

import java.text.BreakIterator;
import java.util.Locale;

/** Text hygiene shared by the exporters: characters no format can carry, and careful shortening. */
public final class Texts {

  private Texts() {}

  /**
   * {@code s} with line breaks and tabs turned into spaces, every other control character, unpaired
   * surrogate and non-character replaced by U+FFFD, and no space at either end: what XML 1.0, UTF-8,
   * iCalendar and a one-line table cell can all carry.
   */
  public static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char replacement = c;
      if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        replacement = ' ';
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\ufffe' || c == '\uffff') {
        replacement = '\ufffd';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
        replacement = '\ufffd';
      } else if (Character.isLowSurrogate(c)) {
        replacement = '\ufffd';
      }
      if (replacement != c && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(replacement);
      }
    }
    return (out == null ? s : out.toString()).strip();
  }

  /**
   * {@code s}, cleaned, cut to at most {@code max} characters (user-perceived, not UTF-16 units) at
   * a word boundary when one is near, with an ellipsis; never inside an emoji or an accented letter.
   */
  public static String shorten(String s, int max) {
    String text = clean(s);
    BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
    chars.setText(text);
    java.util.List<Integer> bounds = new java.util.ArrayList<>();
    bounds.add(0);
    for (int b = chars.next(); b != BreakIterator.DONE && bounds.size() <= max + 1; b = chars.next()) {
      bounds.add(b);
    }
    if (bounds.size() - 1 <= max) {
      return text;
    }
    int cut = bounds.get(Math.max(0, max - 1));
    BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
    words.setText(text);
    int word = cut > 0 ? words.preceding(cut) : BreakIterator.DONE;
    if (word != BreakIterator.DONE && word > cut * 2 / 3 && !words.isBoundary(cut)) {
      cut = word;
    }
    return text.substring(0, cut).stripTrailing() + "\u2026";
  }

  /** {@code s} padded with spaces, or shortened, to exactly {@code width} characters. */
  public static String fit(String s, int width) {
    String t = shorten(s, width);
    int length = t.codePointCount(0, t.length());
    return length >= width ? t : t + " ".repeat(width - length);
  }
}
