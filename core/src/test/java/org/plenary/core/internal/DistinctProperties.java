package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Checks#distinct} says what a set of the texts says, also where texts share a hash. */
class DistinctProperties {

  /** Texts from a few that share hashes ("Aa" and "BB", "AaAa" and "BBBB" and "AaBB"), and others. */
  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> colliding = Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "x");
    Arbitrary<String> any = Arbitraries.strings().alpha().ofMaxLength(3);
    return Arbitraries.oneOf(colliding, any).list().ofMaxSize(12);
  }

  @Property(tries = 2000)
  void isWhatASetSays(@ForAll("texts") List<String> texts) {
    assertThat(Checks.distinct(texts.size(), texts::get)).isEqualTo(new HashSet<>(texts).size() == texts.size());
  }

  @Example
  void comparesTextsOfOneHashBeforeAndAfterOthers() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(Checks.distinct(4, List.of("Aa", "z", "BB", "y")::get)).isTrue();
    assertThat(Checks.distinct(4, List.of("Aa", "z", "BB", "Aa")::get)).isFalse();
    assertThat(Checks.distinct(3, List.of("BB", "AaAa", "BB")::get)).isFalse();
    assertThat(Checks.distinct(3, List.of("z", "Aa", "BB")::get)).isTrue();
    assertThat(Checks.distinct(2, List.of("y", "y")::get)).isFalse();
    assertThat(Checks.distinct(0, List.<String>of()::get)).isTrue();
  }
}
