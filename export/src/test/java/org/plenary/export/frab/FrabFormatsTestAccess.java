package org.plenary.export.frab;

import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** Lets other test packages use the schema checks of {@link FrabFormatsTest}. */
public final class FrabFormatsTestAccess {

  private FrabFormatsTestAccess() {}

  /** Validates against the XSD, or throws. */
  public static void validXml(byte[] xml) throws Exception {
    FrabFormatsTest.validXml(xml);
  }

  /** The JSON schema's complaints. */
  public static Set<ValidationMessage> jsonErrors(byte[] json) throws Exception {
    return FrabFormatsTest.jsonErrors(json);
  }
}
