package org.plenary.export.intake;

import org.plenary.core.internal.text.Bundle;

/** The intake's words, in English and French: {@code intake*.properties} beside this class. */
final class Wording {

  static final Bundle BUNDLE = Bundle.load("/org/plenary/export/intake/intake", Wording.class::getResourceAsStream);

  private Wording() {}
}
