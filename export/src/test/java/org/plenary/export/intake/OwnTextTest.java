package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer's own text: up to the message quoted below, as each mail client lays it out. */
class OwnTextTest {

  private static final String OWN = "Received, thank you.";

  @ParameterizedTest
  @ValueSource(strings = {
      "-----Original Message-----\nFrom: A\nSent: Monday\nTo: B\nSubject: C",
      "-----Message d'origine-----\nDe : A",
      "________________________________\nFrom: A <a@x.example>\nSent: Monday, 25 November 2019 10:00\nTo: B",
      "From: A <a@x.example>\nSent: Monday\nTo: B\nSubject: C",
      "De : A\nEnvoyé : lundi 25 novembre 2019 10:00\nÀ : B\nObjet : C",
      "De: A\nEnviado el: lunes, 25 de noviembre de 2019 10:00\nPara: B\nAsunto: C",
      "От: A\nОтправлено: 25 ноября 2019 г. 10:00\nКому: B\nТема: C",
      "发件人: A\n发送时间: 2019年11月25日 10:00\n收件人: B\n主题: C",
      "发件人：A\n发送时间：2019年11月25日 10:00",
      "من: A\nتاريخ الإرسال: 25 نوفمبر 2019\nإلى: B\nالموضوع: C",
      "On Mon, 25 Nov 2019 at 10:00, A <a@x.example> wrote:",
      "Le lun. 25 nov. 2019 à 10:00, A <a@x.example> a écrit :",
      "El lun., 25 nov. 2019 a las 10:00, A (<a@x.example>) escribió:",
      "пн, 25 нояб. 2019 г. в 10:00, A <a@x.example>:",
      "A <a@x.example> 于2019年11月25日周一 上午10:00写道：",
      "-- \nJane Wanjiru\nTitle: Counsellor",
      "------ This is a copy of the message, including all the headers. ------",
      "Original message headers:"})
  void theQuotedMessageIsNotTheWritersOwn(String quote) {
    OwnText t = OwnText.of(OWN + "\n\n" + quote + "\n\nKenya wishes to take the floor.\nSegment: floor\n");
    assertThat(t.text().strip()).isEqualTo(OWN);
  }

  @Test
  void aFormsSeparatorLineAndQuotedLinesInBetweenAreNoEnd() {
    OwnText t = OwnText.of("Our request:\n----------\nSpeaker: Ms Wanjiru\n----------\n> quoted\nSegment: floor");
    assertThat(t.text()).isEqualTo("Our request:\n----------\nSpeaker: Ms Wanjiru\n----------\nSegment: floor");
  }

  @Test
  void sentencesEndAtTheirSignsButNotAfterATitle() {
    OwnText t = OwnText.of("Dear Secretariat,\n\nH.E. Mr. Otieno will speak; the Minister will not.\nIs that "
        + "fine? Yes! Excmo. Sr. D. Juan habla.\n\n中国希望发言。请问时间？هل يمكن؟");
    assertThat(t.sentences()).extracting(OwnText.Sentence::text).containsExactly("Dear Secretariat,",
        "H.E. Mr. Otieno will speak;", "the Minister will not.", "Is that fine?", "Yes!", "Excmo. Sr. D. Juan habla.",
        "中国希望发言。", "请问时间？", "هل يمكن؟");
    assertThat(t.sentences()).extracting(OwnText.Sentence::question)
        .containsExactly(false, false, false, true, false, false, false, true, true);
    assertThat(t.opening(2)).extracting(OwnText.Sentence::text)
        .containsExactly("H.E. Mr. Otieno will speak;", "the Minister will not.");
  }

  @Test
  void theFirstLineIsTheFirstAfterTheGreetings() {
    for (String greeting : List.of("Dear Secretariat,", "Madame, Monsieur,", "Estimados colegas:", "Уважаемый Секретариат!",
        "尊敬的秘书处：", "السادة الأمانة المحترمون،", "Kia ora koutou,")) {
      assertThat(OwnText.of(greeting + "\n\nWhat is the dress code?\n\nRegards,").firstLine())
          .as(greeting).contains("What is the dress code?");
    }
    assertThat(OwnText.of("Спасибо за подтверждение!").firstLine()).contains("Спасибо за подтверждение!");
    assertThat(OwnText.of("\n\n").firstLine()).isEmpty();
  }
}
