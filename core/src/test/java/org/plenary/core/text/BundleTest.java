package org.plenary.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleTest {

  private static Bundle bundle(String en, String fr) {
    Map<String, String> files = Map.of("b.properties", en, "b_fr.properties", fr);
    return Bundle.load("b", name -> files.containsKey(name)
        ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
  }

  @Test
  void formatsInEachLanguageAndLocalizesTextArguments() {
    Bundle b = bundle("hello={0} speaks\n", "hello={0} prend la parole\n");
    LocalizedText text = b.text("hello", LocalizedText.of("The Court", "La Cour"));
    assertThat(text.in(Locale.ENGLISH)).isEqualTo("The Court speaks");
    assertThat(text.in(Locale.FRENCH)).isEqualTo("La Cour prend la parole");
  }

  @Test
  void readsUtf8AndQuotesAsMessageFormatDoes() {
    Bundle b = bundle("k=It''s here\n", "k=C''est « ici »\n");
    assertThat(b.format(Locale.FRENCH, "k")).isEqualTo("C'est « ici »");
    assertThat(b.format(Locale.ENGLISH, "k")).isEqualTo("It's here");
  }

  @Test
  void refusesABundleWhoseLanguagesDisagree() {
    assertThatThrownBy(() -> bundle("a=1\nb=2\n", "a=1\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("key 'b' of bundle 'b' has no 'fr' wording");
  }

  @Test
  void refusesAMissingFile() {
    assertThatThrownBy(() -> Bundle.load("none", name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("resource bundle 'none.properties' is missing");
  }

  @Test
  void refusesAnUnknownKey() {
    assertThatThrownBy(() -> bundle("a=1\n", "a=1\n").format(Locale.FRENCH, "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'z' is not in bundle 'b'");
  }

  @Test
  void formatsTextsWhenFirstReadAndEqualsTheEagerText() {
    Bundle b = bundle("hello={0} speaks {1}\n", "hello={0} prend la parole {1}\n");
    LocalizedText lazy = b.text("hello", LocalizedText.of("The Court", "La Cour"), "now");
    LocalizedText eager = LocalizedText.of("The Court speaks now", "La Cour prend la parole now");
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy.byLanguage()).isSameAs(lazy.byLanguage());
    assertThat(lazy).isNotEqualTo(LocalizedText.of("The Court speaks now")).isNotEqualTo("The Court speaks now");
    assertThat(b.text("hello", "a", "b")).isNotEqualTo(lazy);
  }

  @Test
  void refusesAnUnknownKeyAtOnceAndABlankWordingWhenRead() {
    Bundle b = bundle("a={0}\n", "a={0}\n");
    assertThatThrownBy(() -> b.text("z")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'z' is not in bundle 'b'");
    LocalizedText blank = b.text("a", " ");
    assertThatThrownBy(blank::english).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }
}
