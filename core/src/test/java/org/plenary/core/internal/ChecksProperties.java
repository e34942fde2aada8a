package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChecksProperties {

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09._- é/").ofMaxLength(70),
        Arbitraries.strings().alpha().numeric().ofMinLength(60).ofMaxLength(70),
        Arbitraries.strings().all().ofMaxLength(10));
  }

  /** The hand-written id check accepts exactly what the documented pattern accepts. */
  @Property(tries = 2000)
  void idsAreThoseOfThePattern(@ForAll("candidates") String s) {
    assertThat(Checks.isId(s)).isEqualTo(s.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"));
  }
}
