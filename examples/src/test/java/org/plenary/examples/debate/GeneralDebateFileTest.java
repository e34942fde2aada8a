package org.plenary.examples.debate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Series;
import org.plenary.export.yaml.PlenaryFile;

/** The general debate's meetings written as a series in YAML are those its properties describe. */
class GeneralDebateFileTest {

  private static final String FILE = "general-debate.yaml";

  @Test
  void theFileGivesTheSeriesOfThePropertiesAndItsSchemaAcceptsIt() throws Exception {
    Series fromFile;
    try (InputStream in = DebateSeries.class.getResourceAsStream(FILE)) {
      fromFile = PlenaryFile.series(in, FILE);
    }
    assertThat(fromFile.meetings()).hasSize(4);
    assertThat(fromFile).isEqualTo(DebateSeries.load().series());
    try (InputStream in = DebateSeries.class.getResourceAsStream(FILE)) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(PlenaryFile.schema())
          .validate(new YAMLMapper().readTree(in))).isEmpty();
    }
  }
}
