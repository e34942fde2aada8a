package org.plenary.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A deferred text writes each language once, and only when that language is read. */
class DeferredTextTest {

  @Test
  void writesOnlyTheLanguagesRead() {
    List<String> asked = new ArrayList<>();
    LocalizedText t = new DeferredText(l -> {
      asked.add(l.getLanguage());
      return "w-" + l.getLanguage();
    });
    assertThat(t.in(Locale.ENGLISH)).isEqualTo("w-en");
    assertThat(t.english()).isEqualTo("w-en");
    assertThat(asked).containsExactly("en");
    assertThat(t.in(Locale.GERMAN)).isEqualTo("w-de");
    assertThat(t.in(Locale.CANADA_FRENCH)).isEqualTo("w-fr");
    assertThat(asked).containsExactly("en", "de", "fr");
    assertThat(t.byLanguage()).containsExactly(entry("ar", "w-ar"), entry("en", "w-en"), entry("es", "w-es"),
        entry("fr", "w-fr"), entry("ru", "w-ru"), entry("zh", "w-zh"));
    assertThat(asked).containsExactly("en", "de", "fr", "ar", "zh", "fr", "ru", "es");
    assertThat(t).isEqualTo(LocalizedText.of(t.byLanguage()));
    assertThat(t.has(Locale.GERMAN)).isTrue();
  }

  @Test
  void refusesABlankWordingWhenItIsRead() {
    LocalizedText t = new DeferredText(l -> l.getLanguage().equals("fr") ? " " : "fine");
    assertThat(t.english()).isEqualTo("fine");
    assertThatThrownBy(() -> t.in(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text in 'fr' (' ') must not be blank");
  }
}
