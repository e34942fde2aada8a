package org.plenary.export.frab;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
import org.plenary.fixtures.ReferenceFormats;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class FrabFormatsTest {

  static void validXml(byte[] xml) throws Exception {
    ScheduleSchemas.validXml(xml);
  }

  static Set<ValidationMessage> jsonErrors(byte[] json) throws Exception {
    return ScheduleSchemas.jsonErrors(json);
  }

  @Test
  void theXmlIsValidAgainstTheScheduleSchema() throws Exception {
    Timetable t = Fixtures.sample(20);
    byte[] xml = new FrabXml().toBytes(t, ExportOptions.english());
    validXml(xml);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Fixtures.in(xml));
    NodeList events = doc.getElementsByTagName("event");
    assertThat(events.getLength()).isEqualTo(t.plan().slots().size());
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
    assertThat(events.size()).isEqualTo(t.plan().slots().size());
    assertThat(events.get(0).get("persons").get(0).has("public_name")).isFalse();
  }

  @Test
  void severalMeetingsMakeADayPerDateAcrossTheEndOfSummerTimeAndTheVersionIsTheRelease() throws Exception {
    List<Timetable> meetings = Fixtures.timetables(Fixtures.series(60, 7));
    ExportOptions release = ExportOptions.english().withRelease(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrabXml.write(meetings, release, out);
    byte[] xml = out.toByteArray();
    validXml(xml);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Fixtures.in(xml));
    NodeList days = doc.getElementsByTagName("day");
    assertThat(days.getLength()).isEqualTo(2);
    assertThat(((Element) days.item(0)).getAttribute("date")).isEqualTo("2019-10-26");
    assertThat(((Element) days.item(0)).getAttribute("start")).isEqualTo("2019-10-26T10:00:00+02:00");
    assertThat(((Element) days.item(0)).getAttribute("end")).isEqualTo("2019-10-26T16:30:00+02:00");
    assertThat(((Element) days.item(1)).getAttribute("start")).isEqualTo("2019-10-28T10:00:00+01:00");
    assertThat(doc.getElementsByTagName("days").item(0).getTextContent()).isEqualTo("2");
    assertThat(doc.getElementsByTagName("version").item(0).getTextContent()).isEqualTo("3");
    int total = meetings.stream().mapToInt(t -> t.plan().slots().size()).sum();
    NodeList events = doc.getElementsByTagName("event");
    assertThat(events.getLength()).isEqualTo(total);
    Set<String> ids = new HashSet<>();
    Set<String> guids = new HashSet<>();
    for (int i = 0; i < events.getLength(); i++) {
      ids.add(((Element) events.item(i)).getAttribute("id"));
      guids.add(((Element) events.item(i)).getAttribute("guid"));
    }
    assertThat(ids).hasSize(total);
    assertThat(guids).as("the same programme in two meetings of a day gets two guids").hasSize(total);

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    FrabJson.write(meetings, release, json);
    assertThat(jsonErrors(json.toByteArray())).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json.toByteArray());
    assertThat(root.at("/schedule/version").asText()).isEqualTo("3");
    assertThat(root.at("/schedule/conference/daysCount").asInt()).isEqualTo(2);
    assertThat(root.at("/schedule/conference/days/1/rooms/Test hall").size())
        .isEqualTo(meetings.get(2).plan().slots().size());
    assertThat(new String(new FrabXml().toBytes(meetings.get(0), ExportOptions.english()), UTF_8))
        .contains("<version>2021-03-01T09:00:00Z</version>");
  }

  @Test
  void theProjectSchemasRefuseWhatTheFormatForbids() throws Exception {
    JsonNode good = new ObjectMapper().readTree(new FrabJson().toBytes(Fixtures.sample(2), ExportOptions.english()));
    assertThat(ScheduleSchemas.ownJson().validate(good)).isEmpty();
    assertThat(ScheduleSchemas.ownJson().validate(new ObjectMapper().readTree(
        "{\"schedule\": {\"version\": \"1\", \"conference\": {\"title\": \"x\"}}}")))
        .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("acronym"));
    ObjectNode bothNames = good.deepCopy();
    ((ObjectNode) bothNames.at("/schedule/conference/days/0/rooms/Test hall/0/persons/0")).put("public_name", "X");
    assertThat(ScheduleSchemas.ownJson().validate(bothNames)).isNotEmpty();
    ObjectNode badDuration = good.deepCopy();
    ((ObjectNode) badDuration.at("/schedule/conference/days/0/rooms/Test hall/0")).put("duration", "5");
    assertThat(ScheduleSchemas.ownJson().validate(badDuration))
        .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("duration"));

    String xml = new String(new FrabXml().toBytes(Fixtures.sample(2), ExportOptions.english()), UTF_8);
    ScheduleSchemas.ownXsd().newValidator().validate(new StreamSource(Fixtures.in(xml.getBytes(UTF_8))));
    for (String broken : List.of(
        xml.replace("<duration>00:05</duration>", "<duration>5</duration>"),
        xml.replace("<acronym>sample_sitting</acronym>", "<acronym>Sample Sitting</acronym>"),
        xml.replaceFirst("guid=\"[0-9a-f-]+\"", "guid=\"not-a-uuid\""),
        xml.replaceFirst("(<event id=\")2(\")", "$11$2"),
        xml.replace("+01:00</date>", "</date>"))) {
      assertThat(broken).isNotEqualTo(xml);
      assertThatThrownBy(() -> ScheduleSchemas.ownXsd().newValidator()
          .validate(new StreamSource(Fixtures.in(broken.getBytes(UTF_8))))).isInstanceOf(SAXException.class);
    }
  }

  @Test
  void theReferenceSchemasAcceptTheExportsAndRefuseABrokenOne() throws Exception {
    Path xsd = ReferenceFormats.schema(ScheduleSchemas.REFERENCE_XSD, "frab XML against the format's reference XSD");
    ReferenceFormats.schema(ScheduleSchemas.REFERENCE_JSON, "frab JSON against the format's reference JSON schema");
    Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator();
    byte[] xml = new FrabXml().toBytes(Fixtures.sample(20), ExportOptions.english());
    v.validate(new StreamSource(Fixtures.in(xml)));
    byte[] badXml = new String(xml, UTF_8).replace("<duration>00:05</duration>", "<duration>5</duration>").getBytes(UTF_8);
    assertThatThrownBy(() -> v.validate(new StreamSource(Fixtures.in(badXml)))).hasMessageContaining("duration");

    JsonSchema reference = ScheduleSchemas.referenceJson().orElseThrow();
    assertThat(reference.validate(new ObjectMapper().readTree(
        new FrabJson().toBytes(Fixtures.sample(20), ExportOptions.english())))).isEmpty();
    assertThat(reference.validate(new ObjectMapper().readTree(
        "{\"schedule\": {\"version\": \"1\", \"conference\": {\"title\": \"x\"}}}"))).isNotEmpty();
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
