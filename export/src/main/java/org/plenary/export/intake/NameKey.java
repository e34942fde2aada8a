package org.plenary.export.intake;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The key under which a name is looked up as people type it: the name decomposed (Unicode NFD)
 * without its non-spacing marks, then its primary collation key under the Unicode root collation
 * (ICU4J) with punctuation and spaces ignorable. So case, accents and other diacritics (Arabic
 * hamza and short vowels too), the form of letters (full-width or not), spaces, apostrophes and
 * dashes make no difference: "Côte d’Ivoire", "COTE D'IVOIRE" and "Cote-dIvoire" have one key,
 * "SÉNÉGAL" and "Sénégal" another, and the Arabic "الأردن" the key of "الاردن".
 */
final class NameKey {

  private static final Collator PRIMARY = primary();
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  private NameKey() {}

  /** The key of {@code text}; empty when nothing in it counts (only spaces and punctuation). */
  static String of(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    byte[] key = PRIMARY.getCollationKey(bare).toByteArray();
    // The key ends with a zero byte; a text that weighs nothing has only that.
    return new String(key, 0, Math.max(0, key.length - 1), StandardCharsets.ISO_8859_1);
  }

  private static Collator primary() {
    RuleBasedCollator c = (RuleBasedCollator) Collator.getInstance(ULocale.ROOT);
    c.setStrength(Collator.PRIMARY);
    c.setAlternateHandlingShifted(true);
    return c.freeze();
  }
}
