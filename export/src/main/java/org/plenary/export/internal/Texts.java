package org.plenary.export.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
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
   * How many columns {@code s} takes in a fixed-width font: each user-perceived character counts one,
   * East Asian wide and fullwidth ones (Chinese, Japanese, Korean, most emoji) two, and marks or
   * formatting characters alone none, following Unicode's East Asian Width property.
   */
  public static int width(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x300 && (c < 0x7f || c >= 0xa0) && c != 0xad) {
        width++;
        continue;
      }
      if (joins(c)) {
        return clusters(s);
      }
      int type = UCharacter.getType(c);
      if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
          || type == UCharacterCategory.COMBINING_SPACING_MARK) {
        return clusters(s);
      }
      int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
      if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
        width += 2;
      } else if (type != UCharacterCategory.FORMAT && type != UCharacterCategory.CONTROL) {
        width++;
      }
    }
    return width;
  }

  /**
   * Whether {@code c} may join the characters around it into one user-perceived character beyond what
   * a mark does: surrogates (emoji, flags), joiners, variation selectors, Hangul jamo. A text holding
   * one is measured cluster by cluster; any other text character by character, which is the same.
   */
  private static boolean joins(char c) {
    return Character.isSurrogate(c) || c == 0x200c || c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f)
        || (c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff);
  }

  /** {@link #width(String)} by grapheme clusters, for texts whose characters join. */
  private static int clusters(String s) {
    BreakIterator chars = BreakIterator.getCharacterInstance(ULocale.ROOT);
    chars.setText(s);
    int width = 0;
    for (int from = chars.first(), to = chars.next(); to != BreakIterator.DONE; from = to, to = chars.next()) {
      width += clusterWidth(s, from, to);
    }
    return width;
  }

  private static int clusterWidth(String s, int from, int to) {
    int width = 0;
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      int type = UCharacter.getType(cp);
      if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
        return 2;
      }
      if (type != UCharacterCategory.FORMAT && type != UCharacterCategory.NON_SPACING_MARK
          && type != UCharacterCategory.ENCLOSING_MARK && type != UCharacterCategory.CONTROL) {
        width = 1;
      }
    }
    return width;
  }

  /**
   * {@code s}, cleaned, cut to at most {@code max} columns (see {@link #width(String)}) at a word
   * boundary when one is near, with an ellipsis; never inside an emoji, an accented letter or a wide
   * character.
   */
  public static String shorten(String s, int max) {
    String text = clean(s);
    if (width(text) <= max) {
      return text;
    }
    BreakIterator chars = BreakIterator.getCharacterInstance(ULocale.ROOT);
    chars.setText(text);
    int cut = 0;
    int used = 0;
    for (int from = chars.first(), to = chars.next(); to != BreakIterator.DONE; from = to, to = chars.next()) {
      used += clusterWidth(text, from, to);
      if (used > max - 1) {
        break;
      }
      cut = to;
    }
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(text);
    int word = cut > 0 ? words.preceding(cut) : BreakIterator.DONE;
    if (word != BreakIterator.DONE && word > cut * 2 / 3 && !words.isBoundary(cut)) {
      cut = word;
    }
    return text.substring(0, cut).stripTrailing() + "\u2026";
  }

  /**
   * {@code s}, cleaned, in lines of at most {@code max} columns (see {@link #width(String)}), broken
   * where the language's line-breaking rules allow (between words; between characters in Chinese),
   * with nothing left out; a word wider than a line alone is broken between its characters. An empty
   * text gives one empty line.
   */
  public static java.util.List<String> wrap(String s, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1 column, not " + max);
    }
    String text = clean(s);
    java.util.List<String> lines = new java.util.ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    for (int from = breaks.first(), to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
      String piece = text.substring(from, to);
      if (width((line + piece).stripTrailing()) <= max) {
        line.append(piece);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      // a piece wider than a line: break it between its characters
      BreakIterator chars = BreakIterator.getCharacterInstance(ULocale.ROOT);
      chars.setText(piece);
      for (int a = chars.first(), b = chars.next(); b != BreakIterator.DONE; a = b, b = chars.next()) {
        String c = piece.substring(a, b);
        if (line.length() > 0 && width((line + c).stripTrailing()) > max) {
          lines.add(line.toString().stripTrailing());
          line.setLength(0);
        }
        line.append(c);
      }
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  /** {@code s} shortened to {@code width} columns and padded with spaces after it to exactly that. */
  public static String fit(String s, int width) {
    String t = shorten(s, width);
    return t + " ".repeat(Math.max(0, width - width(t)));
  }

  /** {@code s} cleaned and padded with spaces before it to at least {@code width} columns: for figures. */
  public static String fitRight(String s, int width) {
    String t = clean(s);
    return " ".repeat(Math.max(0, width - width(t))) + t;
  }

  private static final java.util.concurrent.ConcurrentMap<Locale, Boolean> RIGHT_TO_LEFT =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether {@code locale}'s language is written right to left (Arabic, Hebrew, Persian, Urdu ...). */
  public static boolean isRightToLeft(Locale locale) {
    return RIGHT_TO_LEFT.computeIfAbsent(locale, l -> ULocale.forLocale(l).isRightToLeft());
  }

  /** Whether {@code s} holds a letter of a right-to-left script. */
  public static boolean hasRightToLeft(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code s} between Unicode's first-strong isolate and its closing mark (U+2068, U+2069) when it
   * holds right-to-left letters or the text around it is right to left, so that a name in one
   * direction never drags the figures beside it into its own; {@code s} as it is otherwise. Both
   * marks are invisible and take no column.
   */
  public static String isolate(String s, Locale around) {
    return isRightToLeft(around) || hasRightToLeft(s) ? "\u2068" + s + "\u2069" : s;
  }

  /**
   * A span of clock times, {@code 10:00–10:30}; in a right-to-left language isolated left to right
   * (U+2066 ... U+2069), or the dash between two figures would turn the span around.
   */
  public static String span(String from, String to, Locale around) {
    String span = from + "\u2013" + to;
    return isRightToLeft(around) ? "\u2066" + span + "\u2069" : span;
  }
}
