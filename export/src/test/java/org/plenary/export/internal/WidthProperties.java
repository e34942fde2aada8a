package org.plenary.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The display width measured character by character is the width measured by grapheme clusters. */
class WidthProperties {

  private static final List<String> PIECES = List.of("a", "Z", " ", "é", "e\u0301", "Кения", "Ελλάδα", "中", "国",
      "，", "（", "ｱ", "한", "\u1100\u1161", "مرحبا", "مُحَمَّد", "שלום", "😀", "👩🏽‍⚖️", "🇫🇷", "\u2068", "\u2069",
      "\u200f", "\u00ad", "\ufe0f", "\u0915\u094d\u0937", "…", "—", "0", "9");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 500)
  void characterByCharacterIsClusterByCluster(@ForAll("texts") String s) {
    assertThat(Texts.width(s)).isEqualTo(oracle(s));
  }

  /** Each grapheme cluster: two columns if any of it is wide, none if all of it is a mark or format, else one. */
  private static int oracle(String s) {
    BreakIterator b = BreakIterator.getCharacterInstance(ULocale.ROOT);
    b.setText(s);
    int total = 0;
    for (int from = b.first(), to = b.next(); to != BreakIterator.DONE; from = to, to = b.next()) {
      int w = 0;
      for (int cp : s.substring(from, to).codePoints().toArray()) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
          w = 2;
          break;
        }
        int t = UCharacter.getType(cp);
        if (t != UCharacter.NON_SPACING_MARK && t != UCharacter.ENCLOSING_MARK && t != UCharacter.FORMAT
            && t != UCharacter.CONTROL) {
          w = 1;
        }
      }
      total += w;
    }
    return total;
  }
}
