package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.export.intake.Spreadsheets.Form;

/**
 * One list of requests as a Secretariat keeps it, written by a real spreadsheet writer in each form
 * (an Excel workbook by Apache POI; CSV as Excel saves it in UTF-8, UTF-16 and windows-1252), read
 * back: every form gives the same requests.
 */
class SpreadsheetFormsTest {

  /** Delegations with names in four languages, accents, apostrophes and dashes among them. */
  static final String DIRECTORY = """
      id,name_en,name_fr,constituency,addresses,name_es,name_ar
      CIV,Côte d'Ivoire,Côte d'Ivoire,state-party,@diplomatie.ci,Côte d'Ivoire,كوت ديفوار
      SEN,Senegal,Sénégal,state-party,@diplomatie.sn,Senegal,السنغال
      EU,European Union,Union européenne,international-organisation,@eeas.example,Unión Europea,الاتحاد الأوروبي
      NLD,Netherlands,Pays-Bas,state-party,@minbuza.example,Países Bajos,هولندا
      KEN,Kenya,Kenya,state-party,mission@kenya.example,Kenia,كينيا
      JOR,Jordan,Jordanie,state-party,@mfa.jo,Jordania,الأردن
      GNB,Guinea-Bissau,Guinée-Bissau,state-party,@mne.gw,Guinea-Bissau,غينيا بيساو
      """;

  static final String SETTINGS = """
      sheet.column.delegation = Délégation
      sheet.column.received = Reçu le
      sheet.column.speaker = Orateur
      sheet.column.function = Fonction
      sheet.column.segment = Segment
      sheet.zone = Europe/Amsterdam
      """;

  static final List<Object> HEADER = List.of("N°", "Délégation", "Reçu le", "Orateur", "Fonction", "Segment");

  /** The desk's list: names typed as people type them, a cell on two lines, an empty row. */
  static final List<List<Object>> FRENCH_LIST = Arrays.asList(
      HEADER,
      List.of(1, "Côte d’Ivoire", LocalDateTime.of(2019, 11, 25, 10, 15), "M. François Kouadio-Légaré",
          "Ministre des affaires étrangères,\nde l'intégration africaine", "Débat"),
      List.of(2, "SÉNÉGAL", LocalDateTime.of(2019, 11, 25, 9, 40, 30), "Mme Aïssatou Ndiaye", "Ambassadrice", "floor"),
      null,
      List.of(3, "Union européenne", LocalDateTime.of(2019, 11, 26, 14, 5), "S.E. Mme Núñez « la déléguée »",
          "Chef de délégation; représentante", "Interventions de haut niveau"),
      List.of(4, "pays bas", LocalDateTime.of(2019, 11, 24, 18, 0), "", "", "Débat"),
      List.of(5, "Guinee–Bissau", LocalDateTime.of(2019, 11, 27, 8, 0), "Dr Nhaga \"Tó\" Có", "", "floor"),
      List.of(6, "KEN", LocalDateTime.of(2019, 11, 27, 8, 30), "Ms Jane Wanjiru", "", "floor"),
      List.of(7, "mission@kenya.example", LocalDateTime.of(2019, 11, 28, 8, 30), "", "", "high-level"),
      List.of(8, "Narnia", LocalDateTime.of(2019, 11, 28, 9, 0), "", "", "floor"));

  @TempDir
  Path dir;

  static Directory directory() {
    return Directory.read(new ByteArrayInputStream(DIRECTORY.getBytes(StandardCharsets.UTF_8)), "directory.csv",
        List.<Constituency>of());
  }

  static IntakeResult read(Form form, List<List<Object>> rows) {
    return SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings(SETTINGS))
        .read(new ByteArrayInputStream(Spreadsheets.write(form, rows)), form.file);
  }

  @Test
  void theXlsxAndWindows1252FormsOfAListGiveTheSameRequestsAsItsUtf8Form() {
    IntakeResult utf8 = read(Form.UTF_8, FRENCH_LIST);
    // What the list says, read by a person: the order of receipt and each name as typed.
    assertThat(utf8.requests()).extracting(q -> q.speaker().delegation().id())
        .containsExactly("NLD", "SEN", "CIV", "EU", "GNB", "KEN", "KEN");
    assertThat(utf8.requests()).extracting(RequestToSpeak::id)
        .containsExactly("floor-1", "floor-2", "floor-3", "high-level-1", "floor-4", "floor-5", "high-level-2");
    assertThat(utf8.requests().get(1).received()).isEqualTo(Instant.parse("2019-11-25T08:40:30Z"));
    assertThat(utf8.requests().get(2).speaker().name()).contains("M. François Kouadio-Légaré");
    assertThat(utf8.requests().get(2).speaker().function().orElseThrow().english())
        .isEqualTo("Ministre des affaires étrangères, de l'intégration africaine");
    assertThat(utf8.requests().get(3).speaker().function().orElseThrow().english())
        .isEqualTo("Chef de délégation; représentante");
    assertThat(utf8.requests().get(4).speaker().name()).contains("Dr Nhaga \"Tó\" Có");
    assertThat(utf8.requests()).extracting(RequestToSpeak::channel).containsOnly(Channel.IN_PERSON);
    assertThat(utf8.review()).singleElement().satisfies(e -> assertThat(e.reason().orElseThrow()
        .describe(Locale.ENGLISH, e.detail())).isEqualTo(
            "Row 11, column \"Délégation\": \"Narnia\" is not a delegation of the directory."));
    assertThat(utf8.notes()).isEmpty();

    IntakeResult xlsx = read(Form.XLSX, FRENCH_LIST);
    IntakeResult windows = read(Form.WINDOWS_1252, FRENCH_LIST);
    assertThat(xlsx.requests()).isEqualTo(utf8.requests());
    assertThat(windows.requests()).isEqualTo(utf8.requests());
    assertThat(xlsx.entries()).extracting(IntakeEntry::outcome).isEqualTo(utf8.entries().stream().map(IntakeEntry::outcome).toList());
    assertThat(windows.entries()).extracting(IntakeEntry::outcome).isEqualTo(utf8.entries().stream().map(IntakeEntry::outcome).toList());
    // The workbook numbers rows as Excel shows them; the multi-line cell makes the CSV one line longer.
    assertThat(xlsx.review()).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("requests.xlsx:10"));
    assertThat(windows.notes()).singleElement().satisfies(n -> assertThat(n.in(Locale.FRENCH)).startsWith(
        "Le fichier requests.csv n'est pas en UTF-8 (à partir de l'octet ").contains("il a été lu en windows-1252"));
    assertThat(xlsx.notes()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void everyFormGivesTheSameRequests(Form form) {
    assertThat(form.holds(FRENCH_LIST)).isTrue();
    assertThat(read(form, FRENCH_LIST).requests()).isEqualTo(read(Form.UTF_8, FRENCH_LIST).requests());
  }

  @ParameterizedTest
  @EnumSource(value = Form.class, names = {"XLSX", "UTF_8_BOM", "UTF_8", "UTF_16"})
  void rightToLeftNamesAndCellsReadTheSameInTheFormsThatHoldThem(Form form) {
    List<List<Object>> rows = List.of(HEADER,
        List.of(1, "الاردن", LocalDateTime.of(2019, 11, 25, 11, 0), "السيد أحمد الخطيب",
            "وزير الخارجية\nوشؤون المغتربين", "floor"),
        List.of(2, "\u200fالسنغال", LocalDateTime.of(2019, 11, 25, 12, 0), "Mme Aïssatou Ndiaye", "", "floor"));
    assertThat(Form.WINDOWS_1252.holds(rows)).isFalse();
    IntakeResult r = read(form, rows);
    assertThat(r.review()).isEmpty();
    assertThat(r.requests()).extracting(q -> q.speaker().delegation().id()).containsExactly("JOR", "SEN");
    assertThat(r.requests().get(0).speaker().name()).contains("السيد أحمد الخطيب");
    assertThat(r.requests().get(0).speaker().function().orElseThrow().english()).isEqualTo("وزير الخارجية وشؤون المغتربين");
  }

  @Test
  void aNameTwoDelegationsAnswerToGoesToReviewNamingBoth() {
    // A hurried directory gives the two Congos one French name.
    Directory d = Directory.read(new ByteArrayInputStream("""
        id,name_en,name_fr,constituency,addresses
        COG,Republic of the Congo,Congo,state-party,@mae.cg
        COD,Democratic Republic of the Congo,Congo,state-party,@mae.cd
        """.getBytes(StandardCharsets.UTF_8)), "directory.csv", List.of());
    assertThat(d.lookup("CONGO")).extracting(x -> x.id()).containsExactly("COG", "COD");
    assertThat(d.lookup("Democratic Republic of the Congo")).extracting(x -> x.id()).containsExactly("COD");
    IntakeResult r = SheetIntake.of(Intakes.plenary(), d, Intakes.settings(""))
        .read(new ByteArrayInputStream("delegation,received,segment\ncongo,2019-11-25T10:00:00Z,floor\n"
            .getBytes(StandardCharsets.UTF_8)), "requests.csv");
    assertThat(r.requests()).isEmpty();
    IntakeEntry e = r.review().get(0);
    assertThat(e.reason()).contains(Reason.BAD_ROW);
    assertThat(e.delegation()).isEmpty();
    assertThat(e.reason().orElseThrow().describe(Locale.ENGLISH, e.detail())).isEqualTo("Row 2, column \"delegation\": "
        + "\"congo\" names more than one delegation of the directory: Republic of the Congo (COG) and Democratic "
        + "Republic of the Congo (COD).");
    assertThat(e.reason().orElseThrow().describe(Locale.FRENCH, e.detail())).isEqualTo("Ligne 2, colonne « delegation » : "
        + "« congo » désigne plus d'une délégation de l'annuaire : Congo (COG) et Congo (COD).");
  }

  @Test
  void namesMatchWithoutRegardToCaseAccentsApostrophesOrDashes() {
    Directory d = directory();
    for (String typed : List.of("Côte d'Ivoire", "Côte d’Ivoire", "COTE D'IVOIRE", "cote d ivoire", "Cote-d'Ivoire",
        "ｃôｔｅ　ｄ’ｉｖｏｉｒｅ", "CIV", "civ", "كوت ديفوار", "x@diplomatie.ci")) {
      assertThat(d.lookup(typed)).as(typed).extracting(x -> x.id()).containsExactly("CIV");
    }
    assertThat(d.lookup("Guinée‑Bissau")).extracting(x -> x.id()).containsExactly("GNB"); // a non-breaking hyphen
    assertThat(d.lookup("الأردن")).extracting(x -> x.id()).containsExactly("JOR");
    assertThat(d.lookup("unión europea")).extracting(x -> x.id()).containsExactly("EU");
    for (String none : List.of("Côte", "Ivoire", "Guinea", "’", "", "Senegal Kenya", "x@diplomatie.example")) {
      assertThat(d.lookup(none)).as(none).isEmpty();
    }
  }

  @Test
  void headingsMatchAsNamesDoAndATitleRowAboveThemIsSkipped() {
    List<List<Object>> rows = Arrays.asList(List.of("Liste des orateurs — ASP18, séance plénière"), null,
        List.of("DELEGATION", "RECU LE", "orateur"),
        List.of("SEN", LocalDateTime.of(2019, 11, 25, 10, 0), "Mme Ndiaye"));
    for (Form form : List.of(Form.XLSX, Form.UTF_8_BOM)) {
      IntakeResult r = SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings(SETTINGS + "segment.default = floor\n"))
          .read(new ByteArrayInputStream(Spreadsheets.write(form, rows)), form.file);
      assertThat(r.requests()).as(form.name()).singleElement().satisfies(q -> {
        assertThat(q.speaker().name()).contains("Mme Ndiaye");
        assertThat(q.received()).isEqualTo(Instant.parse("2019-11-25T09:00:00Z"));
      });
      assertThat(r.entries()).extracting(IntakeEntry::source).containsExactly(form.file + ":4");
    }
    List<List<Object>> noHeader = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      noHeader.add(List.of("who", "when"));
    }
    assertThatThrownBy(() -> read(Form.XLSX, noHeader)).isInstanceOf(IntakeException.class)
        .hasMessage("requests.xlsx: no column 'Délégation' (sheet.column.delegation) among [who, when]");
  }

  @Test
  void aNumberWhereADateBelongsIsEchoedAsExcelWritesIt() {
    List<List<Object>> rows = List.of(List.of("delegation", "received", "segment"),
        List.of("SEN", 43794.4375, "floor"), List.of("KEN", 12, "floor"));
    IntakeResult r = SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings("sheet.zone = UTC"))
        .read(new ByteArrayInputStream(Spreadsheets.write(Form.XLSX, rows)), "requests.xlsx");
    assertThat(r.review()).extracting(e -> e.reason().orElseThrow().describe(Locale.ENGLISH, e.detail())).containsExactly(
        "Row 2, column \"received\": \"43794.4375\" is not a date and time.",
        "Row 3, column \"received\": \"12\" is not a date and time.");
  }

  @Test
  void aFileNeitherUtf8NorInTheFallbackIsRefusedNamingBoth() {
    byte[] bytes = "delegation;received\nSEN;x\u0081\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings(""))
        .read(new ByteArrayInputStream(bytes), "requests.csv")).isInstanceOf(IntakeException.class)
        .hasMessage("requests.csv: the file is not valid windows-1252, nor UTF-8");
    byte[] bom = ("delegation;received\nS\u00c9N;x\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] withBom = new byte[bom.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bom, 0, withBom, 3, bom.length);
    assertThatThrownBy(() -> SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings(""))
        .read(new ByteArrayInputStream(withBom), "requests.csv")).hasMessage("requests.csv: the file is not valid UTF-8");
  }

  @Test
  void sheetCharsetNamesTheFallback() {
    String csv = "delegation;received;speaker;segment\nSEN;2019-11-25T10:00:00Z;Œuvre d’Aïssatou;floor\n";
    byte[] latin9 = csv.replace('’', '\'').getBytes(Charset.forName("ISO-8859-15"));
    IntakeResult asLatin9 = SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings("sheet.charset = ISO-8859-15"))
        .read(new ByteArrayInputStream(latin9), "requests.csv");
    assertThat(asLatin9.requests().get(0).speaker().name()).contains("Œuvre d'Aïssatou");
    assertThat(asLatin9.notes()).singleElement().satisfies(n -> assertThat(n.english()).isEqualTo(
        "The file requests.csv is not in UTF-8 (from byte 61 on): it was read as ISO-8859-15. If its accented letters "
            + "look wrong, set sheet.charset to the charset it was saved in."));
    IntakeResult asWindows = SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings(""))
        .read(new ByteArrayInputStream(latin9), "requests.csv");
    assertThat(asWindows.requests().get(0).speaker().name()).contains("¼uvre d'Aïssatou");
    assertThatThrownBy(() -> Intakes.settings("sheet.charset = Klingon-8")).isInstanceOf(IntakeException.class)
        .hasMessage("intake.properties: sheet.charset 'Klingon-8' must be a charset this Java knows, such as "
            + "windows-1252 or ISO-8859-15");
    assertThatThrownBy(() -> Intakes.settings("sheet.channel = pigeon"))
        .hasMessage("intake.properties: sheet.channel 'pigeon' must be email, online, in-person or floor");
  }

  @Test
  void aWorkbookThatIsNotOneIsRefusedClearly() throws IOException {
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("content.xml"));
      z.write("<office:document/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    SheetIntake intake = SheetIntake.of(Intakes.plenary(), directory(), Intakes.settings(""));
    assertThatThrownBy(() -> intake.read(new ByteArrayInputStream(zip.toByteArray()), "requests.ods"))
        .isInstanceOf(IntakeException.class).hasMessageStartingWith("requests.ods: not an Excel workbook (.xlsx) that can be read: ");
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThatThrownBy(() -> intake.read(new ByteArrayInputStream(ole2), "requests.xls"))
        .hasMessage("requests.xls: an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which the "
            + "intake does not read: save it as an Excel workbook (.xlsx) or as CSV");
    assertThatThrownBy(() -> intake.read(new ByteArrayInputStream(new byte[0]), "empty.csv"))
        .hasMessage("empty.csv: no column 'delegation' (sheet.column.delegation) among []");
    byte[] truncated = Arrays.copyOf(Spreadsheets.write(Form.XLSX, FRENCH_LIST), 600);
    assertThatThrownBy(() -> intake.read(new ByteArrayInputStream(truncated), "cut.xlsx"))
        .isInstanceOf(IntakeException.class).hasMessageStartingWith("cut.xlsx: not an Excel workbook (.xlsx) that can be read: ");
  }

  @Test
  void aWorkbookAmongMailIsReadAsASpreadsheetWhateverItsName() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("inbox"));
    Intakes.folder(folder, List.of(Mail.from("mission@kenya.example").id("<k@x>")
        .received(Instant.parse("2019-11-25T08:00:00Z"), ZoneOffset.UTC).body("Segment: floor")));
    Path xlsx = Files.write(dir.resolve("desk.xlsx"), Spreadsheets.write(Form.XLSX, FRENCH_LIST));
    Path unnamed = Files.write(dir.resolve("desk-export"), Spreadsheets.write(Form.XLSX, FRENCH_LIST.subList(0, 3)));
    Path unicode = Files.write(dir.resolve("unicode.txt"), Spreadsheets.write(Form.UTF_16, FRENCH_LIST.subList(0, 2)));
    Directory d = Directory.read(new ByteArrayInputStream((DIRECTORY.replace("KEN,Kenya,Kenya,state-party,mission@kenya.example",
        "KEN,Kenya,Kenya,state-party,mission@kenya.example")).getBytes(StandardCharsets.UTF_8)), "directory.csv", List.of());
    IntakeResult r = CombinedIntake.of(Intakes.plenary(), d, Intakes.settings(SETTINGS)).read(List.of(folder, xlsx, unnamed, unicode));
    assertThat(r.entries()).extracting(IntakeEntry::source).startsWith("01.eml", "desk.xlsx:2").contains("desk-export:2",
        "unicode.txt:2");
    assertThat(r.entries()).hasSize(1 + 8 + 2 + 1);
    assertThat(r.review()).extracting(IntakeEntry::source).containsExactly("desk.xlsx:10");
    assertThat(r.requests()).filteredOn(q -> q.channel() == Channel.EMAIL).singleElement()
        .satisfies(q -> assertThat(q.speaker().delegation().id()).isEqualTo("KEN"));
    assertThat(r.requests()).filteredOn(q -> q.channel() == Channel.IN_PERSON).hasSize(7 + 2 + 1);
  }

  @Test
  void aDirectoryMayBeAWorkbookOrAWindows1252CsvWithSemicolons() throws IOException {
    List<List<Object>> rows = Lists.newArrayList(
        List.of("id", "name_en", "name_fr", "constituency", "addresses", "language"),
        List.of("SEN", "Senegal", "Sénégal", "state-party", "mission@senegal.example\n@diplomatie.sn", "fr"),
        List.of("CIV", "Côte d'Ivoire", "Côte d'Ivoire", "state-party", "@diplomatie.ci"));
    Path xlsx = Files.write(dir.resolve("directory.xlsx"), Spreadsheets.write(Form.XLSX, rows));
    Path windows = Files.write(dir.resolve("directory.csv"), Spreadsheets.write(Form.WINDOWS_1252, rows));
    for (Path file : List.of(xlsx, windows)) {
      Directory d = Directory.read(file);
      assertThat(d.delegations()).extracting(x -> x.id()).as(file.toString()).containsExactly("SEN", "CIV");
      assertThat(d.find("x@diplomatie.sn").orElseThrow().name().in(Locale.FRENCH)).isEqualTo("Sénégal");
      assertThat(d.find("mission@senegal.example")).isPresent();
      assertThat(d.language("SEN")).contains(Locale.FRENCH);
      assertThat(d.lookup("cote d’ivoire")).extracting(x -> x.id()).containsExactly("CIV");
    }
    assertThat(Directory.read(xlsx).note()).isEmpty();
    Directory d = Directory.read(windows);
    IntakeResult r = SheetIntake.of(Intakes.plenary(), d, Intakes.settings(""))
        .read(new ByteArrayInputStream("delegation,received,segment\nSénégal,2019-11-25T10:00:00Z,floor\n"
            .getBytes(StandardCharsets.UTF_8)), "requests.csv");
    assertThat(r.requests()).hasSize(1);
    assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.english())
        .startsWith("The file directory.csv is not in UTF-8 (from byte "));
  }

  @Test
  void poiLogsThroughSlf4jAndPrintsNothingOfItsOwn() {
    read(Form.XLSX, FRENCH_LIST);
    assertThat(org.apache.logging.log4j.LogManager.getFactory().getClass().getName())
        .isEqualTo("org.apache.logging.slf4j.SLF4JLoggerContextFactory");
  }

  @Test
  void theReportNotesAFileReadInWindows1252InMarkdownAndInJsonThatMeetsItsSchema() throws IOException {
    IntakeResult r = read(Form.WINDOWS_1252, FRENCH_LIST);
    IntakeReport report = IntakeReport.of(r, Intakes.plenary(), "requests.csv");
    java.io.ByteArrayOutputStream md = new java.io.ByteArrayOutputStream();
    report.markdown(Locale.FRENCH, md);
    assertThat(md.toString(StandardCharsets.UTF_8)).contains("\n- Le fichier requests.csv n'est pas en UTF-8 (à partir de "
        + "l'octet ");
    java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
    report.json(json);
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray());
    assertThat(tree.get("notes")).hasSize(1);
    assertThat(tree.get("notes").get(0).asText()).startsWith("The file requests.csv is not in UTF-8");
    try (java.io.InputStream schema = IntakeReport.class.getResourceAsStream("intake.schema.json")) {
      assertThat(com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
          .getSchema(schema).validate(tree)).isEmpty();
    }
    java.io.ByteArrayOutputStream utf8 = new java.io.ByteArrayOutputStream();
    IntakeReport.of(read(Form.UTF_8, FRENCH_LIST), Intakes.plenary(), "requests.csv").json(utf8);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(utf8.toByteArray()).has("notes")).isFalse();
  }
}
