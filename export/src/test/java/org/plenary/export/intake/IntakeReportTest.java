package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeReportTest {

  private static final Instant AT = Instant.parse("2019-11-25T09:15:00Z");

  @TempDir
  Path dir;

  private IntakeResult result;

  @BeforeEach
  void read() {
    Mail kenya = Mail.from("mission@kenya.example").id("<k@x>").received(AT, ZoneOffset.ofHours(1))
        .body("Speaker: Ms Jane Wanjiru\nSegment: floor");
    result = Intakes.intake().read(Intakes.folder(dir, List.of(kenya,
        Mail.from("desk@minbuza.example").id("<n@x>").received(AT.plusSeconds(60), ZoneOffset.UTC)
            .body("Orateur : M. Jan de Vries\nSegment : Interventions de haut niveau"),
        Mail.from("desk@minbuza.example").id("<r@x>").received(AT.plusSeconds(120), ZoneOffset.UTC)
            .subject("Remplacement").body("Orateur : Mme Els Visser"),
        Mail.from("info@cicc.example").id("<c@x>").received(AT.plusSeconds(180), ZoneOffset.UTC).subject("Cancel"),
        Mail.from("someone@elsewhere.example").id("<s@x>").received(AT, ZoneOffset.UTC).subject("Hello | <b>you</b>"),
        kenya)));
  }

  private byte[] json() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IntakeReport.of(result, Intakes.plenary(), "inbox").json(out);
    return out.toByteArray();
  }

  private String markdown(Locale l) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IntakeReport.of(result, Intakes.plenary(), "inbox").markdown(l, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theJsonMeetsItsSchemaAndItsCountsAddUp() throws IOException {
    JsonNode json = new ObjectMapper().readTree(json());
    try (InputStream schema = IntakeReport.class.getResourceAsStream("intake.schema.json")) {
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
      assertThat(s.validate(json)).isEmpty();
    }
    JsonNode counts = json.get("counts");
    assertThat(counts.get("messages").asInt()).isEqualTo(5).isEqualTo(json.get("messages").size())
        .isEqualTo(counts.get("requests").asInt() + counts.get("cancellations").asInt()
            + counts.get("replacements").asInt() + counts.get("review").asInt());
    assertThat(counts.get("requests").asInt()).isEqualTo(2);
    assertThat(counts.get("replacements").asInt()).isEqualTo(1);
    assertThat(counts.get("review").asInt()).isEqualTo(2);
    JsonNode first = json.get("messages").get(0);
    assertThat(first.get("messageId").asText()).isEqualTo("<k@x>");
    assertThat(first.get("delegation").asText()).isEqualTo("KEN");
    assertThat(first.get("received").asText()).isEqualTo("2019-11-25T09:15:00Z");
    assertThat(first.get("reason").isNull()).isTrue();
    assertThat(json.get("messages").get(3).get("reason").asText()).isEqualTo("nothing-to-cancel");
    assertThat(json.get("messages").get(4).get("delegation").isNull()).isTrue();
    assertThat(json.get("duplicates").get(0).get("source").asText()).isEqualTo("06.eml");
    assertThat(first.get("source").asText()).isEqualTo("01.eml");
    assertThat(first.get("request").asText()).isEqualTo("floor-1");
    assertThat(json.get("messages").get(1).get("request").isNull()).isTrue();
    assertThat(json.get("messages").get(2).get("request").asText()).isEqualTo("high-level-1");
    assertThat(json.get("messages").get(3).get("detail").asText()).isEqualTo("Coalition for the ICC");
    assertThat(json.get("messages").get(4).get("detail").asText()).isEqualTo("someone@elsewhere.example");
    assertThat(json.get("messages").get(4).get("reason").asText()).isEqualTo("unknown-sender");
    assertThat(json.get("messages").get(0).get("detail").isNull()).isTrue();
    assertThat(json.get("problems")).isEmpty();
  }

  @Test
  void theSchemaRefusesAReportWhoseReviewHasNoReason() throws IOException {
    JsonNode bad = new ObjectMapper().readTree("{\"counts\":{\"messages\":1,\"requests\":0,\"cancellations\":0,"
        + "\"replacements\":0,\"review\":1},\"messages\":[{\"messageId\":\"<a@b>\",\"outcome\":\"review\","
        + "\"delegation\":null,\"received\":null,\"reason\":null}]}");
    try (InputStream schema = IntakeReport.class.getResourceAsStream("intake.schema.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(bad)).isNotEmpty();
    }
  }

  @Test
  void theMarkdownPutsTheReviewListFirstInEachLanguage() throws IOException {
    for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown(l));
      List<String> headings = new java.util.ArrayList<>();
      List<Integer> tableRows = new java.util.ArrayList<>();
      doc.accept(new AbstractVisitor() {
        @Override
        public void visit(Heading h) {
          StringBuilder b = new StringBuilder();
          h.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
              b.append(t.getLiteral());
            }
          });
          headings.add(b.toString());
        }

        @Override
        public void visit(CustomBlock block) {
          if (block instanceof TableBlock) {
            int[] rows = {0};
            block.accept(new AbstractVisitor() {
              @Override
              public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                  rows[0]++;
                }
                visitChildren(node);
              }
            });
            tableRows.add(rows[0]);
          }
          visitChildren(block);
        }
      });
      if (l.equals(Locale.FRENCH)) {
        assertThat(headings).containsExactly("Réception des demandes de prise de parole", "À examiner",
            "Demandes inscrites", "Tous les messages", "Messages lus deux fois");
      } else {
        assertThat(headings).containsExactly("Intake of requests to speak", "To review", "Requests on the list",
            "Every message", "Messages read twice");
      }
      assertThat(tableRows).containsExactly(1 + 2, 1 + 2, 1 + 5);
    }
    assertThat(markdown(Locale.FRENCH)).contains("5 messages lus : 2 demandes, aucune annulation, un remplacement, "
        + "2 à examiner.", "Les heures sont celles de La Haye.", "| Pays-Bas | Mme Els Visser | Interventions de haut "
        + "niveau | 25 nov. 2019, 10:16 |", "Coalition pour la CPI annule une demande qui ne figure pas sur la liste.",
        "06\\.eml : même message que 01.eml ; compté une fois.");
    assertThat(markdown(Locale.ENGLISH)).contains("| 2 | 05\\.eml | 25 Nov 2019, 10:15 | someone@elsewhere.example |",
        "| 5 | 05\\.eml | to review |   | 25 Nov 2019, 10:15 |   |", "| 2 | Netherlands | Mme Els Visser |");
    assertThat(markdown(Locale.ENGLISH)).contains("5 messages read: 2 requests, no cancellation, one replacement, "
        + "2 to review.", "Hello \\| \\<b\\>you\\</b\\>");
  }

  @Test
  void theBytesDoNotDependOnTheMachinesLocaleOrZone() throws IOException {
    byte[] json = json();
    String en = markdown(Locale.ENGLISH);
    String fr = markdown(Locale.FRENCH);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(json()).isEqualTo(json);
      assertThat(markdown(Locale.ENGLISH)).isEqualTo(en);
      assertThat(markdown(Locale.FRENCH)).isEqualTo(fr);
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(markdown(Locale.ENGLISH)).isEqualTo(en);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void writeAllWritesTheReportInSixLanguagesAndTheJson() throws IOException {
    Path out = dir.resolve("out");
    IntakeReport.of(result, Intakes.plenary(), "inbox").writeAll(out);
    assertThat(out.toFile().list()).containsExactlyInAnyOrder("intake.ar.md", "intake.zh.md", "intake.en.md",
        "intake.fr.md", "intake.ru.md", "intake.es.md", "intake.json");
    assertThat(Files.readString(out.resolve("intake.zh.md"))).startsWith("# 发言请求的接收\n");
    assertThat(Files.readString(out.resolve("intake.ar.md"))).startsWith("# استلام طلبات الكلمة\n");
    assertThat(Files.readAllBytes(out.resolve("intake.json"))).isEqualTo(json());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("org.plenary.export.LanguagesTest#languages")
  void theIntakesWordsAreCompleteInEveryOfficialLanguage(Locale language) throws IOException {
    assertThat(Wording.BUNDLE.differences(language)).isEmpty();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    IntakeReport.of(result, Intakes.plenary(), "inbox").markdown(language, out);
    String report = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(report).doesNotContain("{");
    if (!language.getLanguage().equals("en")) {
      assertThat(report).doesNotContain("Intake of").doesNotContain("To review");
    }
  }
}
