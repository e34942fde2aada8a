package org.plenary.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.core.text.LocalizedText;

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
  void aKeyALanguageLacksReadsInEnglishAndIsNamed() {
    Bundle b = bundle("a=one\nb=two\n", "a=un\n");
    assertThat(b.format(Locale.FRENCH, "b")).isEqualTo("two");
    assertThat(b.format(Locale.FRENCH, "a")).isEqualTo("un");
    assertThat(b.missing(Locale.FRENCH)).containsExactly("b");
    assertThat(b.missing(Locale.ENGLISH)).isEmpty();
    assertThat(b.missing(Locale.GERMAN)).containsExactly("a", "b");
    assertThat(Languages.gaps(Locale.FRENCH)).containsEntry("b", new java.util.TreeSet<>(java.util.Set.of("b")));
    assertThat(b.pattern(Locale.FRENCH, "b")).isEmpty();
    assertThat(b.pattern(Locale.FRENCH, "a")).contains("un");
  }

  @Test
  void refusesAKeyThatEnglishLacksWhenTheLanguageIsFirstRead() {
    Map<String, String> files = Map.of("d.properties", "a=1\n", "d_it.properties", "a=1\nz=2\n");
    Bundle b = Bundle.load("d", name -> files.containsKey(name)
        ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
    assertThatThrownBy(() -> b.format(Locale.ITALIAN, "a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("key 'z' of bundle 'd' is in 'd_it.properties' but not in English");
  }

  @Test
  void aRegionalFileOverridesItsLanguageAndALanguageIsAddedByAFileAlone() {
    Map<String, String> files = Map.of("c.properties", "k=colour\nn={0,plural,one{# day} other{# days}}\n",
        "c_en_US.properties", "k=color\n", "c_pt.properties", "k=cor\nn={0,plural,one{# dia} other{# dias}}\n");
    Bundle b = Bundle.load("c", name -> files.containsKey(name)
        ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
    assertThat(b.format(Locale.US, "k")).isEqualTo("color");
    assertThat(b.format(Locale.UK, "k")).isEqualTo("colour");
    assertThat(b.format(Locale.forLanguageTag("pt-BR"), "k")).isEqualTo("cor");
    assertThat(b.format(Locale.forLanguageTag("pt"), "n", 2)).isEqualTo("2 dias");
    assertThat(b.missing(Locale.forLanguageTag("pt-BR"))).isEmpty();
    assertThat(b.keys()).containsExactly("k", "n");
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
    java.util.Map<String, String> wordings = new java.util.TreeMap<>();
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      wordings.put(l.toLanguageTag(), l.getLanguage().equals("fr") ? "La Cour prend la parole now"
          : "The Court speaks now");
    }
    LocalizedText eager = LocalizedText.of(wordings);
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

  @Test
  void aDifferenceFromEnglishIsNamed() {
    Bundle broken = bundle("a={0} and {1}\nb=b\nc={0,plural,one{# x} other{# xs}}\n", "a={0}\nc={0,plural,one{# x}\n");
    assertThat(broken.differences(Locale.FRENCH)).containsExactly(
        "key 'a' has placeholders [0] in 'fr' but [0, 1] in English",
        "key 'b' has no wording in 'fr'",
        "key 'c' in 'fr' is not a valid pattern: " + invalid("{0,plural,one{# x}"));
    assertThat(broken.differences(Locale.ENGLISH)).isEmpty();
  }

  private static String invalid(String pattern) {
    try {
      new com.ibm.icu.text.MessagePattern(pattern);
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void eachLanguageWritesWithItsOwnConventionsUnlessItsWordsNameOthers() {
    assertThat(Languages.conventions(Locale.ENGLISH).toLanguageTag()).isEqualTo("en-GB");
    assertThat(Languages.conventions(Locale.forLanguageTag("ar")).toLanguageTag()).isEqualTo("ar-u-nu-latn");
    assertThat(Languages.conventions(Locale.forLanguageTag("en-US")).toLanguageTag()).isEqualTo("en-GB");
    assertThat(Languages.conventions(Locale.forLanguageTag("fi")).toLanguageTag()).isEqualTo("fi");
    assertThat(Languages.conventions(Locale.forLanguageTag("es")).toLanguageTag()).isEqualTo("es");
    assertThat(Languages.name(Locale.GERMAN).in(Locale.FRENCH)).isEqualTo("allemand");
    assertThat(Languages.isTag("zh-Hant")).isTrue();
    assertThat(Languages.isTag("und")).isFalse();
    assertThat(Languages.isTag("zh_Hant")).isFalse();
  }
}
