package org.plenary.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Wrapping keeps every character in order and no line wider than asked. */
class WrapProperties {

  private static final List<String> PIECES = List.of("a", "Z", " ", " ", "é", "e\u0301", "Кения", "中", "国", "，",
      "مرحبا", "😀", "👩🏽‍⚖️", "🇫🇷", "\u2068", "\u2069", "-", "(", ")", ",", "inter-State", "announced", "0");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 500)
  void nothingIsLostAndNoLineIsTooWide(@ForAll("texts") String s, @ForAll @IntRange(min = 2, max = 40) int max) {
    List<String> lines = Texts.wrap(s, max);
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(Texts.width(line)).isLessThanOrEqualTo(max));
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(Texts.clean(s).replace(" ", ""));
  }

  @Example
  void breaksBetweenWordsWhereItCan() {
    assertThat(Texts.wrap("First speaker (inter-State initiative), to be announced", 46))
        .containsExactly("First speaker (inter-State initiative), to be", "announced");
    assertThat(Texts.wrap("Kenya", 46)).containsExactly("Kenya");
    assertThat(Texts.wrap("", 10)).containsExactly("");
    assertThat(Texts.wrap("abcdefgh", 3)).containsExactly("abc", "def", "gh");
    assertThatThrownBy(() -> Texts.wrap("a", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 1 column, not 0");
  }
}
