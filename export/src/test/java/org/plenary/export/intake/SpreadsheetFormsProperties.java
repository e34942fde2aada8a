package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.export.intake.Spreadsheets.Form;

/**
 * Generated desk lists (delegations typed by id, address or name as people type them, speakers and
 * functions with accents, quotes, separators and line breaks, right-to-left text, empty rows),
 * written in every form a spreadsheet takes and read back: nothing is lost, every row whose
 * delegation and segment are given stands on the list, and every form that can hold the list gives
 * the same requests as its UTF-8 CSV.
 */
class SpreadsheetFormsProperties {

  /** How each delegation of {@link SpreadsheetFormsTest#DIRECTORY} may be typed. */
  private static final Map<String, List<String>> TYPED = Map.of(
      "CIV", List.of("CIV", "civ", "Côte d'Ivoire", "Côte d’Ivoire", "COTE D'IVOIRE", "cote divoire", "x@diplomatie.ci"),
      "SEN", List.of("SEN", "Sénégal", "SÉNÉGAL", "senegal", "Senegal", "desk@diplomatie.sn"),
      "EU", List.of("EU", "Union européenne", "UNION EUROPEENNE", "European Union", "Unión Europea"),
      "NLD", List.of("NLD", "Pays-Bas", "pays bas", "Países Bajos", "PAYS–BAS", "a@minbuza.example"),
      "KEN", List.of("KEN", "Kenya", "Kenia", "KENYA", "mission@kenya.example", "Mission@Kenya.Example"),
      "GNB", List.of("GNB", "Guinée-Bissau", "Guinee Bissau", "GUINEA–BISSAU", "guinée‑bissau"));
  private static final Map<String, List<String>> TYPED_RTL = Map.of(
      "JOR", List.of("الأردن", "الاردن", "Jordanie", "JOR"),
      "CIV", List.of("كوت ديفوار", "Côte d’Ivoire"));
  private static final List<String> SEGMENTS = List.of("floor", "Débat", "high-level", "Interventions de haut niveau",
      "FLOOR", "");

  /** One generated row and the delegation it names. */
  record Line(String delegation, String typed, LocalDateTime received, String speaker, String function,
      String segment, boolean emptyBefore) {

    List<Object> cells(int n) {
      return List.of(n, typed, received, speaker, function, segment);
    }
  }

  @Property(tries = 25)
  void everyFormGivesTheSameRequestsAndNothingIsLost(@ForAll("latinLists") List<Line> lines) {
    check(lines, List.of(Form.values()));
  }

  @Property(tries = 12)
  void rightToLeftListsReadTheSameInEveryFormThatHoldsThem(@ForAll("rtlLists") List<Line> lines) {
    check(lines, List.of(Form.XLSX, Form.UTF_8_BOM, Form.UTF_8, Form.UTF_16));
  }

  private static void check(List<Line> lines, List<Form> forms) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(SpreadsheetFormsTest.HEADER);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).emptyBefore()) {
        rows.add(null);
      }
      rows.add(lines.get(i).cells(i + 1));
    }
    IntakeResult utf8 = SpreadsheetFormsTest.read(Form.UTF_8, rows);
    assertThat(utf8.entries()).hasSize(lines.size());
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    List<String> expected = lines.stream().filter(l -> !l.segment().isEmpty())
        .map(l -> l.delegation() + "@" + l.received().atZone(zone).toInstant()).sorted().toList();
    assertThat(utf8.requests().stream().map(q -> q.speaker().delegation().id() + "@" + q.received()).sorted().toList())
        .isEqualTo(expected);
    for (Form form : forms) {
      if (!form.holds(rows)) {
        continue;
      }
      IntakeResult r = SpreadsheetFormsTest.read(form, rows);
      assertThat(r.entries()).as(form.name()).hasSize(lines.size());
      assertThat(r.requests()).as(form.name()).isEqualTo(utf8.requests());
      assertThat(r.entries().stream().map(IntakeEntry::outcome).toList()).as(form.name())
          .isEqualTo(utf8.entries().stream().map(IntakeEntry::outcome).toList());
      assertThat(r.requests()).as(form.name())
          .allMatch(q -> q.channel() == org.plenary.core.request.RequestToSpeak.Channel.IN_PERSON);
    }
  }

  @Provide
  Arbitrary<List<Line>> latinLists() {
    return lines(TYPED, "abcxyzAÉéèêëàâäçÇôöùûüÿñÑßøÆæŒœ'’\"«» -–;,.\t");
  }

  @Provide
  Arbitrary<List<Line>> rtlLists() {
    return lines(TYPED_RTL, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي أإآءؤئة\u200f\u064e abc'\";,");
  }

  private static Arbitrary<List<Line>> lines(Map<String, List<String>> typed, String alphabet) {
    List<String> ids = typed.keySet().stream().sorted().toList();
    Arbitrary<String> delegation = Arbitraries.of(ids);
    Arbitrary<String> text = Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(30);
    Arbitrary<String> function = Combinators.combine(text, text, Arbitraries.of(false, true))
        .as((a, b, twoLines) -> twoLines ? a + "\n" + b : a);
    Arbitrary<LocalDateTime> received = Combinators.combine(Arbitraries.integers().between(0, 14),
        Arbitraries.integers().between(0, 24 * 3600 - 1))
        .as((day, second) -> LocalDateTime.of(2019, 11, 20, 0, 0).plusDays(day).plusSeconds(second));
    Arbitrary<Line> line = delegation.flatMap(id -> Combinators.combine(Arbitraries.of(typed.get(id)), received, text,
        function, Arbitraries.of(SEGMENTS), Arbitraries.integers().between(0, 9))
        .as((t, at, speaker, f, segment, gap) -> new Line(id, t, at, speaker, f, segment, gap == 0)));
    return line.list().ofMinSize(1).ofMaxSize(15);
  }
}
