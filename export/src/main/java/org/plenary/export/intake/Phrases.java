package org.plenary.export.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of a settings' word list, each in a language, matched against a sentence word by word.
 * Each word of a phrase matches a word of the sentence that begins with it ("inscri" matches
 * "inscribed"), except short words (three letters, two in Arabic script) and Chinese characters
 * (each a word of its own), which match only themselves unless written with a star ({@code add*}). {@code ...} in a phrase stands for
 * any words between its parts. Text and phrases are {@linkplain #fold folded} alike, so that case,
 * accents and the forms of apostrophes and Arabic letters do not matter, and an Arabic word may
 * carry the conjunctions, prepositions and article written on it ({@code وبالقائمة}).
 *
 * <p>Immutable and thread-safe.
 */
final class Phrases {

  /** One phrase: its text as the settings give it, its language, and its parts' words. */
  record Phrase(String text, Locale language, List<List<Word>> parts, int order) {}

  /**
   * A word of a phrase: it matches a word of the text that begins with it if {@code prefix}, else only
   * the same word.
   */
  record Word(String text, boolean prefix, boolean arabic, String stem) {

    /** A word as the settings write it: {@code add*} is a prefix, and so is any word longer than short. */
    static Word of(String text, boolean star) {
      int letters = text.codePointCount(0, text.length());
      boolean arabic = isArabic(text);
      return new Word(text, star || !isHan(text) && letters > (arabic ? 2 : 3), arabic, arabicStem(text));
    }
  }

  private static final String GAP = "...";
  private static final Phrases NONE = new Phrases(List.of());

  private final List<Phrase> phrases;
  /** The phrases by the first character of their first word, so a sentence meets only its candidates. */
  private final Map<Character, List<Phrase>> byFirst = new HashMap<>();

  private Phrases(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
    for (Phrase p : this.phrases) {
      String first = p.parts().get(0).get(0).text();
      byFirst.computeIfAbsent(first.charAt(0), c -> new ArrayList<>()).add(p);
      String stem = arabicStem(first);
      if (!stem.equals(first)) {
        byFirst.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(p);
      }
    }
  }

  /** No phrase at all. */
  static Phrases none() {
    return NONE;
  }

  /** The phrases of {@code byLanguage}; words of no particular language are under {@link Locale#ROOT}. */
  static Phrases of(Map<Locale, ? extends List<String>> byLanguage) {
    List<Phrase> all = new ArrayList<>();
    byLanguage.forEach((language, list) -> {
      for (String text : list) {
        List<List<Word>> parts = new ArrayList<>();
        for (String part : text.split(java.util.regex.Pattern.quote(GAP))) {
          List<Word> words = new ArrayList<>();
          for (String raw : part.strip().split("\\s+")) {
            List<String> each = words(raw);
            for (int i = 0; i < each.size(); i++) {
              words.add(Word.of(each.get(i), i == each.size() - 1 && raw.endsWith("*")));
            }
          }
          if (!words.isEmpty()) {
            parts.add(List.copyOf(words));
          }
        }
        if (!parts.isEmpty()) {
          all.add(new Phrase(text, language, List.copyOf(parts), all.size()));
        }
      }
    });
    return new Phrases(all);
  }

  /** Whether no phrase is listed. */
  boolean isEmpty() {
    return phrases.isEmpty();
  }

  /** The first phrase, in the settings' order, that {@code words} (a sentence, folded and split) hold. */
  Optional<Phrase> find(List<String> words) {
    if (phrases.isEmpty()) {
      return Optional.empty();
    }
    Phrase best = null;
    for (int i = 0, n = words.size(); i < n; i++) {
      String w = words.get(i);
      List<String> forms = isArabic(w) ? candidates(w) : null;
      for (int f = 0, m = forms == null ? 1 : forms.size(); f < m; f++) {
        List<Phrase> bucket = byFirst.get((forms == null ? w : forms.get(f)).charAt(0));
        if (bucket == null) {
          continue;
        }
        for (int k = 0, b = bucket.size(); k < b; k++) {
          Phrase p = bucket.get(k);
          if ((best == null || p.order() < best.order()) && holdsAt(p, words, i)) {
            best = p;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code words} hold {@code p} with its first part at {@code start}: its parts in order,
   * each part's words one after the other.
   */
  private static boolean holdsAt(Phrase p, List<String> words, int start) {
    List<List<Word>> parts = p.parts();
    List<Word> first = parts.get(0);
    if (start + first.size() > words.size()) {
      return false;
    }
    for (int k = 0, n = first.size(); k < n; k++) {
      if (!matches(first.get(k), words.get(start + k))) {
        return false;
      }
    }
    int from = start + first.size();
    for (int i = 1, n = parts.size(); i < n; i++) {
      int at = indexOf(parts.get(i), words, from);
      if (at < 0) {
        return false;
      }
      from = at + parts.get(i).size();
    }
    return true;
  }

  private static int indexOf(List<Word> part, List<String> words, int from) {
    for (int i = from, n = part.size(); i + n <= words.size(); i++) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = matches(part.get(k), words.get(i + k));
      }
      if (all) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text's word {@code word} is the phrase's word {@code w}, or begins with it. */
  static boolean matches(Word w, String word) {
    if (!w.arabic()) {
      return w.prefix() ? word.startsWith(w.text()) : word.equals(w.text());
    }
    List<String> forms = candidates(word);
    for (int i = 0, n = forms.size(); i < n; i++) {
      String c = forms.get(i);
      if (w.prefix() ? c.startsWith(w.text()) || c.startsWith(w.stem()) : c.equals(w.text()) || c.equals(w.stem())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code word} and, for an Arabic word, what is left once the letters written on it are taken off:
   * a conjunction (و ف), the future's سـ before a verb, a preposition (ب ل ك), the article (ال, or لل
   * after ل).
   */
  private static List<String> candidates(String word) {
    if (!isArabic(word) || word.length() < 3) {
      return List.of(word);
    }
    List<String> out = new ArrayList<>(4);
    out.add(word);
    String w = word;
    if ((w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.length() > 2) {
      w = w.substring(1);
      out.add(w);
    }
    if (w.charAt(0) == 'س' && w.length() > 3 && "يتنا".indexOf(w.charAt(1)) >= 0) {
      // the future's sa- before a verb: ستلقي, سيلقي
      out.add(w.substring(1));
      return out;
    }
    if (w.startsWith("لل") && w.length() > 3) {
      out.add(w.substring(2));
      return out;
    }
    if ((w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك') && w.length() > 2) {
      w = w.substring(1);
      out.add(w);
    }
    if (w.startsWith("ال") && w.length() > 3) {
      out.add(w.substring(2));
    }
    return out;
  }

  /** An Arabic word without its article, if it has one. */
  private static String arabicStem(String w) {
    return isArabic(w) && w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  private static boolean isArabic(String w) {
    if (w.isEmpty()) {
      return false;
    }
    int cp = w.codePointAt(0);
    return cp >= 0x0600 && cp < 0x0900 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
        || cp >= 0xFB50 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  private static boolean isHan(String w) {
    return !w.isEmpty() && w.codePointAt(0) >= 0x2E80
        && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  /**
   * {@code text} folded for matching: compatibility forms made plain (a full-width colon is a colon),
   * accents and other marks taken off, lower case, typographic apostrophes, quotes and dashes made
   * plain, Arabic's alef maqsura, teh marbuta and tatweel made one form, runs of spaces one space.
   */
  static String fold(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || c == 'ـ') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(switch (c) {
        case '‘', '’', 'ʼ', '`', '´', '′' -> '\'';
        case '“', '”', '«', '»', '„' -> '"';
        case '‐', '‑', '‒', '–', '—', '−' -> '-';
        case 'ى' -> 'ي';
        case 'ة' -> 'ه';
        default -> Character.toLowerCase(c);
      });
    }
    return out.toString();
  }

  /**
   * The words of {@code text}, folded: runs of letters and digits, each Chinese or Japanese character a
   * word of its own; apostrophes, hyphens and other signs separate words.
   */
  static List<String> words(String text) {
    String f = fold(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < f.length(); ) {
      int cp = f.codePointAt(i);
      int n = Character.charCount(cp);
      boolean han = isIdeographic(cp);
      if (Character.isLetterOrDigit(cp) && !han) {
        if (start < 0) {
          start = i;
        }
      } else {
        if (start >= 0) {
          out.add(f.substring(start, i));
          start = -1;
        }
        if (han) {
          out.add(f.substring(i, i + n));
        }
      }
      i += n;
    }
    if (start >= 0) {
      out.add(f.substring(start));
    }
    return out;
  }

  private static boolean isIdeographic(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  @Override
  public String toString() {
    return phrases.stream().map(Phrase::text).toList().toString();
  }
}
