package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.text.LocalizedText;

class DirectoryTest {

  private static Directory read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8), List.of());
  }

  private static Directory read(byte[] csv, List<Constituency> extra) {
    return Directory.read(new ByteArrayInputStream(csv), "directory.csv", extra);
  }

  @Test
  void readsDelegationsWithTheirAddressesAndDomainsAndExtraColumns() {
    Directory d = Intakes.directory();
    assertThat(d.delegations()).extracting(x -> x.id()).containsExactly("KEN", "NLD", "CICC");
    assertThat(d.find("Mission@Kenya.Example")).hasValueSatisfying(x -> assertThat(x.id()).isEqualTo("KEN"));
    assertThat(d.find("anyone@mfa.kenya.example")).hasValueSatisfying(x -> assertThat(x.id()).isEqualTo("KEN"));
    assertThat(d.find("anyone@sub.mfa.kenya.example")).isEmpty();
    assertThat(d.find("info@cicc.example").orElseThrow().name().in(java.util.Locale.FRENCH))
        .isEqualTo("Coalition pour la CPI");
    assertThat(d.find("other@cicc.example")).isEmpty();
    assertThat(d.byId("NLD")).isPresent();
    assertThat(d.toString()).isEqualTo("Directory[3 delegations, 2 addresses, 2 domains: KEN, NLD, CICC]");
  }

  @Test
  void anExactAddressWinsOverItsDomain() {
    Directory d = read("""
        id,name_en,name_fr,constituency,addresses
        NLD,Netherlands,Pays-Bas,state-party,@shared.example
        EU,European Union,Union européenne,international-organisation,eu@shared.example
        """);
    assertThat(d.find("eu@shared.example").orElseThrow().id()).isEqualTo("EU");
    assertThat(d.find("desk@shared.example").orElseThrow().id()).isEqualTo("NLD");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] csv = ("\uFEFFid,name_en,name_fr,constituency,addresses\nKEN,Kenya,Kenya,state-party,a@b.example\n")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(read(csv, List.of()).delegations()).hasSize(1);
  }

  @Test
  void aFacilitationMayAddItsOwnConstituencies() {
    Constituency funder = Constituency.of("funder", LocalizedText.of("Funder", "Bailleur"));
    byte[] csv = "id,name_en,name_fr,constituency,addresses\nEC,European Commission,,funder,@ec.example\n"
        .getBytes(StandardCharsets.UTF_8);
    Directory d = read(csv, List.of(funder));
    assertThat(d.find("x@ec.example").orElseThrow().constituency()).isEqualTo(funder);
    assertThat(d.find("x@ec.example").orElseThrow().name().in(java.util.Locale.FRENCH)).isEqualTo("European Commission");
  }

  @Test
  void badEntriesNameTheRowTheColumnAndTheValue() {
    String head = "id,name_en,name_fr,constituency,addresses\n";
    assertThatThrownBy(() -> read("id,name,constituency\nKEN,Kenya,state-party\n"))
        .isInstanceOf(IntakeException.class).hasMessage("directory.csv: the header must begin with "
            + "id,name_en,name_fr,constituency,addresses, not id,name,constituency");
    assertThatThrownBy(() -> read(head + "KEN,Kenya,Kenya,state-party,a@b.example\nXYZ,X,X,pirates,c@d.example\n"))
        .hasMessageStartingWith("directory.csv, row 3, column constituency: 'pirates' is none of chair, state-party");
    assertThatThrownBy(() -> read(head + "KEN,Kenya,Kenya,state-party,a@b.example\nUGA,Uganda,Ouganda,state-party,A@B.example\n"))
        .hasMessage("directory.csv, row 3, column addresses: 'A@B.example' is already KEN's, in row 2");
    assertThatThrownBy(() -> read(head + "KEN,Kenya,Kenya,state-party,not-an-address\n"))
        .hasMessage("directory.csv, row 2, column addresses: 'not-an-address' is neither an address nor an @domain");
    for (String bad : java.util.List.of("@", "a@b@c.example", "@b@c.example", "@b.example@", "a@")) {
      assertThatThrownBy(() -> read(head + "KEN,Kenya,Kenya,state-party," + bad + "\n"))
          .as(bad).hasMessage("directory.csv, row 2, column addresses: '" + bad + "' is neither an address nor an @domain");
    }
    assertThat(read(head + "KEN,Kenya,Kenya,state-party,@k a@k\n").find("x@k").orElseThrow().id()).isEqualTo("KEN");
    assertThatThrownBy(() -> read(head + "KEN,Kenya,Kenya,state-party,a@b.example\nKEN,Kenya,Kenya,state-party,c@d.example\n"))
        .hasMessage("directory.csv, row 3, column id: 'KEN' is already listed");
    assertThatThrownBy(() -> read(head + "K E N,Kenya,Kenya,state-party,a@b.example\n"))
        .hasMessageStartingWith("directory.csv, row 2, column id: ").hasMessageContaining("'K E N'");
    assertThatThrownBy(() -> read(head + "KEN,,Kenya,state-party,a@b.example\n"))
        .hasMessage("directory.csv, row 2, column name_en: the name must not be blank");
    assertThatThrownBy(() -> read(head + "KEN,Kenya\n"))
        .hasMessageStartingWith("directory.csv, row 2: 2 columns, where 5 are required");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> Directory.read(java.nio.file.Path.of("no/such/directory.csv")))
        .isInstanceOf(IntakeException.class).hasMessage("cannot read the directory 'no/such/directory.csv': no such file");
  }

  @Test
  void nameColumnsGiveTheNameInMoreLanguages() {
    Directory d = read("id,name_en,name_fr,constituency,addresses,name_ar,name_zh_Hant,name_es\n"
        + "KEN,Kenya,Kenya,state-party,@ke.example,كينيا,肯亞,\n");
    var name = d.find("a@ke.example").orElseThrow().name();
    assertThat(name.in(java.util.Locale.forLanguageTag("ar"))).isEqualTo("كينيا");
    assertThat(name.in(java.util.Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("肯亞");
    assertThat(name.byLanguage()).doesNotContainKey("es");
    assertThatThrownBy(() -> read("id,name_en,name_fr,constituency,addresses,name_Arabic\n"
        + "KEN,Kenya,Kenya,state-party,@ke.example,x\n"))
        .hasMessage("directory.csv, row 2, column name_Arabic: 'Arabic' is not a BCP 47 language tag in its usual"
            + " form, such as 'ar' or 'zh-Hant'");
  }

  @Test
  void aLanguageColumnGivesTheLanguageOfAcknowledgements() {
    Directory d = read("""
        id,name_en,name_fr,constituency,addresses,language
        KEN,Kenya,Kenya,state-party,@ke.example,
        SEN,Senegal,Sénégal,state-party,@sn.example, fr
        ARG,Argentina,Argentine,state-party,@ar.example,es-419
        EGY,Egypt,Égypte,state-party,@eg.example,AR
        """);
    assertThat(d.language("KEN")).isEmpty();
    assertThat(d.language("SEN")).contains(java.util.Locale.FRENCH);
    assertThat(d.language("ARG")).contains(java.util.Locale.forLanguageTag("es-419"));
    assertThat(d.language("EGY")).contains(java.util.Locale.forLanguageTag("ar"));
    assertThat(d.language("XYZ")).isEmpty();
    assertThat(Intakes.directory().language("KEN")).isEmpty();
  }

  @Test
  void aBadLanguageNamesTheRowTheColumnAndTheTag() {
    String head = "id,name_en,name_fr,constituency,addresses,language\n";
    for (String bad : List.of("French", "fr_FR", "zz", "12", "fr-")) {
      assertThatThrownBy(() -> read(head + "KEN,Kenya,Kenya,state-party,@ke.example,en\n"
          + "SEN,Senegal,Sénégal,state-party,@sn.example," + bad + "\n"))
          .as(bad).isInstanceOf(IntakeException.class)
          .hasMessage("directory.csv, row 3, column language: '" + bad
              + "' is not a BCP 47 language tag, such as 'fr', 'ar' or 'es-419'");
    }
  }

  @Test
  void rowNumbersAreThoseOfTheFileAfterACellWithLineBreaks() {
    assertThatThrownBy(() -> read("""
        id,name_en,name_fr,constituency,addresses,notes
        KEN,Kenya,Kenya,state-party,desk@kenya.example,"Two lines:
        the mission, then the ministry"
        UGA,Uganda,Ouganda,state-party,desk@kenya.example,
        """)).hasMessage("directory.csv, row 4, column addresses: 'desk@kenya.example' is already KEN's, in row 2");
  }
}
