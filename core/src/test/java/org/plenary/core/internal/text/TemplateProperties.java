package org.plenary.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast path of a message pattern writes exactly what {@link MessageFormat} writes. */
class TemplateProperties {

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab :«»éà.").ofMaxLength(6),
        Arbitraries.integers().between(0, 3).map(i -> "{" + i + "}"),
        Arbitraries.of("''", "'{0}'", "'quoted '' text'", "{1,number}", "{0,choice,0#none|1#one|1<many}"));
    return piece.list().ofMaxSize(6).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<Object[]> arguments() {
    Arbitrary<Object> one = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s),
        Arbitraries.integers().between(-2000, 2000).map(i -> (Object) i));
    return one.list().ofMinSize(0).ofMaxSize(4).map(List::toArray);
  }

  @Property(tries = 1500)
  void writesWhatMessageFormatWrites(@ForAll("patterns") String pattern, @ForAll("arguments") Object[] args,
      @ForAll boolean french) {
    ULocale locale = french ? ULocale.FRENCH : ULocale.ENGLISH;
    String expected;
    try {
      expected = new MessageFormat(pattern, locale).format(args);
    } catch (IllegalArgumentException e) {
      return;
    }
    assertThat(new Template(pattern, locale).format(args)).isEqualTo(expected);
  }

  @Test
  void formatsNumbersInTheReadersLocale() {
    Template t = new Template("{0} speakers", ULocale.FRENCH);
    assertThat(t.format(new Object[] {12345})).isEqualTo(new MessageFormat("{0} speakers", ULocale.FRENCH)
        .format(new Object[] {12345}));
    assertThat(t.format(new Object[] {"douze"})).isEqualTo("douze speakers");
    assertThat(t.format(new Object[] {})).isEqualTo("{0} speakers");
    assertThat(t).hasToString("{0} speakers");
  }
}
