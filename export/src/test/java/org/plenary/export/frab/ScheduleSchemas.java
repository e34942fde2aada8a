package org.plenary.export.frab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.plenary.fixtures.ReferenceFormats;
import org.xml.sax.SAXException;

/**
 * The frab schedule schemas that exports are validated against: the project's own, shipped beside
 * the exporters in {@code org/plenary/export/frab/}, always; and the format's reference schemas
 * when the build is given them ({@link ReferenceFormats}).
 */
public final class ScheduleSchemas {

  /** The reference XSD's file name in the folder of reference schemas. */
  public static final String REFERENCE_XSD = "schedule.xml.xsd";

  /** The reference JSON schema's file name in the folder of reference schemas. */
  public static final String REFERENCE_JSON = "schedule.schema.json";

  private static Schema ownXsd;
  private static Optional<Schema> referenceXsd;
  private static JsonSchema ownJson;
  private static Optional<JsonSchema> referenceJson;

  private ScheduleSchemas() {}

  /** Validates {@code xml} against the project's XSD and, when at hand, the reference one; or throws. */
  public static void validXml(byte[] xml) throws SAXException, IOException {
    ownXsd().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    Optional<Schema> reference = referenceXsd();
    if (reference.isPresent()) {
      reference.get().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
  }

  /** What the project's JSON schema and, when at hand, the reference one find wrong with {@code json}. */
  public static Set<ValidationMessage> jsonErrors(byte[] json) throws IOException {
    JsonNode node = new ObjectMapper().readTree(json);
    Set<ValidationMessage> errors = new LinkedHashSet<>(ownJson().validate(node));
    referenceJson().ifPresent(s -> errors.addAll(s.validate(node)));
    return errors;
  }

  /** The project's own XSD. */
  public static synchronized Schema ownXsd() throws SAXException {
    if (ownXsd == null) {
      ownXsd = xsdFactory().newSchema(ScheduleSchemas.class.getResource("/org/plenary/export/frab/schedule.xsd"));
    }
    return ownXsd;
  }

  /** The reference XSD, if the build was given it. */
  public static synchronized Optional<Schema> referenceXsd() throws SAXException {
    if (referenceXsd == null) {
      Optional<Path> file = ReferenceFormats.find(REFERENCE_XSD);
      referenceXsd = file.isPresent() ? Optional.of(xsdFactory().newSchema(file.get().toFile())) : Optional.empty();
    }
    return referenceXsd;
  }

  /** The project's own JSON schema (draft 2020-12). */
  public static synchronized JsonSchema ownJson() throws IOException {
    if (ownJson == null) {
      try (InputStream in = ScheduleSchemas.class.getResourceAsStream("/org/plenary/export/frab/schedule.schema.json")) {
        ownJson = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      }
    }
    return ownJson;
  }

  /** The reference JSON schema, if the build was given it: draft-06, without strict format checks. */
  public static synchronized Optional<JsonSchema> referenceJson() {
    if (referenceJson == null) {
      referenceJson = ReferenceFormats.find(REFERENCE_JSON).map(ScheduleSchemas::draft6);
    }
    return referenceJson;
  }

  private static JsonSchema draft6(Path file) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SchemaFactory xsdFactory() {
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
  }
}
