package org.plenary.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FrabFormatsTest {

  static void validXml(byte[] xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator v = factory.newSchema(Fixtures.formats().resolve("schedule.xml.xsd").toFile()).newValidator();
    v.validate(new StreamSource(Fixtures.in(xml)));
  }

  static Set<ValidationMessage> jsonErrors(byte[] json) throws Exception {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
    try (InputStream schema = Files.newInputStream(Fixtures.formats().resolve("schedule.schema.json"))) {
      JsonSchema s = factory.getSchema(schema, config);
      return s.validate(new ObjectMapper().readTree(json));
    }
  }

  @Test
  void theXmlIsValidAgainstTheScheduleSchema() throws Exception {
    Timetable t = Fixtures.sample(20);
    byte[] xml = new FrabXml().toBytes(t, ExportOptions.english());
    validXml(xml);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Fixtures.in(xml));
    NodeList events = doc.getElementsByTagName("event");
    assertThat(events.getLength()).isEqualTo(t.entries().size());
    assertThat(doc.getElementsByTagName("acronym").item(0).getTextContent()).isEqualTo("sample_sitting");
    assertThat(doc.getElementsByTagName("duration").item(0).getTextContent()).isEqualTo("00:05");
    assertThat(doc.getElementsByTagName("date").item(0).getTextContent()).isEqualTo("2021-03-03T15:00:00+01:00");
  }

  @Test
  void theJsonIsValidAgainstTheScheduleSchemaInDraft6() throws Exception {
    Timetable t = Fixtures.sample(20);
    byte[] json = new FrabJson().toBytes(t, ExportOptions.english());
    assertThat(jsonErrors(json)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode events = root.at("/schedule/conference/days/0/rooms/Test hall");
    assertThat(events.size()).isEqualTo(t.entries().size());
    assertThat(events.get(0).get("persons").get(0).has("public_name")).isFalse();
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    byte[] broken = "{\"schedule\": {\"version\": \"1\", \"conference\": {\"title\": \"x\"}}}".getBytes();
    assertThat(jsonErrors(broken)).isNotEmpty();
    byte[] badXml = new String(new FrabXml().toBytes(Fixtures.sample(1), ExportOptions.english()),
        java.nio.charset.StandardCharsets.UTF_8).replace("<duration>00:05</duration>", "<duration>5</duration>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validXml(badXml))
        .hasMessageContaining("duration");
  }

  @Test
  void idsGuidsAndSlugsAreStableAndUnique() {
    byte[] a = new FrabJson().toBytes(Fixtures.sample(30), ExportOptions.english());
    byte[] b = new FrabJson().toBytes(Fixtures.sample(30), ExportOptions.english());
    assertThat(a).isEqualTo(b);
    assertThat(FrabEvents.acronym("ab")).isEqualTo("ab_plenary");
    assertThat(FrabEvents.acronym("ASP18-Cooperation")).isEqualTo("asp18_cooperation");
    assertThat(FrabEvents.slug("--R1.x--")).isEqualTo("r1-x");
    assertThat(FrabEvents.hoursMinutes(java.time.Duration.ofSeconds(150))).isEqualTo("00:03");
  }
}
