package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a phrase of the settings meets a sentence: word beginnings, short words, stars, gaps and scripts. */
class PhrasesTest {

  private static Optional<String> find(List<String> phrases, String sentence) {
    return Phrases.of(Map.of(Locale.ROOT, phrases)).find(Phrases.words(sentence)).map(Phrases.Phrase::text);
  }

  private static boolean holds(String phrase, String sentence) {
    return find(List.of(phrase), sentence).isPresent();
  }

  @Test
  void aWordMatchesTheWordsThatBeginWithItAndAShortWordOnlyItself() {
    assertThat(holds("inscri ... list of speakers", "Kenya asks to be inscribed on the list of speakers.")).isTrue();
    assertThat(holds("inscri ... list of speakers", "Kenya asks to be inscribed on the list.")).isFalse();
    assertThat(holds("not", "Please note that Kenya wishes to speak.")).isFalse();
    assertThat(holds("not", "Kenya will not speak.")).isTrue();
    assertThat(holds("add ... list of speakers", "Kenya would like to be added to the list of speakers.")).isFalse();
    assertThat(holds("add* ... list of speakers", "Kenya would like to be added to the list of speakers.")).isTrue();
    assertThat(holds("take the floor", "Kenya will take to the floor.")).isFalse();
    assertThat(holds("take the floor", "Kenya hopes to take the floor")).isTrue();
  }

  @Test
  void partsComeInOrderWithinTheSentence() {
    assertThat(holds("wish ... to speak", "Kenya wishes the Ambassador to speak.")).isTrue();
    assertThat(holds("wish ... to speak", "To speak, Kenya wishes nothing.")).isFalse();
  }

  @Test
  void caseAccentsApostrophesAndWidthDoNotMatter() {
    assertThat(holds("demande d inscription", "DEMANDE D’INSCRIPTION")).isTrue();
    assertThat(holds("faire une déclaration", "souhaite faire une declaration")).isTrue();
    assertThat(holds("faire une declaration", "souhaite faire une Déclaration")).isTrue();
    assertThat(holds("high-level segment", "in the high level segment")).isTrue();
    assertThat(holds("ещё", "еще раз")).isTrue();
    assertThat(Phrases.fold("Ｓｅｇｍｅｎｔ：floor")).isEqualTo("segment:floor");
  }

  @Test
  void chineseIsReadCharacterByCharacter() {
    assertThat(holds("希望 ... 发言", "肯尼亚代表团希望在全体会议上发言。")).isTrue();
    assertThat(holds("发言申请", "关于发言的申请")).isFalse();
    assertThat(holds("不再", "我们不再发言")).isTrue();
    assertThat(Phrases.words("2019年12月5日发言")).containsExactly("2019", "年", "12", "月", "5", "日", "发", "言");
  }

  @Test
  void anArabicWordMayCarryItsConjunctionPrepositionAndArticle() {
    assertThat(holds("قائمة المتكلمين", "في القائمة المتكلمين")).isTrue();
    assertThat(holds("إدراج ... قائمة المتكلمين", "نطلب إدراج اسم كينيا وبالقائمة المتكلمين")).isTrue();
    assertThat(holds("استبدال", "نبلغكم باستبدال المتكلم")).isTrue();
    assertThat(holds("لن", "ولن تتمكن كينيا")).isTrue();
    assertThat(holds("لن", "يسرنا لنا")).isFalse();
    assertThat(holds("الانسحاب", "نود انسحاب كينيا")).isTrue();
    assertThat(holds("إلغاء", "الغاء الطلب")).isTrue();
  }

  @Test
  void theFirstPhraseOfTheListWinsAndAnEmptyListFindsNothing() {
    assertThat(find(List.of("take the floor", "kenya"), "Kenya will take the floor.")).contains("take the floor");
    assertThat(find(List.of("kenya", "take the floor"), "Kenya will take the floor.")).contains("kenya");
    assertThat(Phrases.none().find(Phrases.words("anything"))).isEmpty();
    assertThat(Phrases.none().isEmpty()).isTrue();
  }

  @Test
  void eachPhraseKeepsItsLanguage() {
    Phrases p = Phrases.of(Map.of(Locale.FRENCH, List.of("prendre la parole"), Locale.ENGLISH, List.of("take the floor")));
    assertThat(p.find(Phrases.words("Le Kenya souhaite prendre la parole.")).map(Phrases.Phrase::language))
        .contains(Locale.FRENCH);
    assertThat(p.toString()).contains("prendre la parole", "take the floor");
  }
}
