package org.plenary.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.plenary.fixtures.Architecture;

/** The rules' layers: no package cycles, no export or example type, no other module's internals. */
class ArchitectureTest {

  private static final String ROOT = "org.plenary.rules";
  private final JavaClasses classes = Architecture.of(ROOT);

  @Test
  void itsPackagesFormNoCycle() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void itKnowsNoFormatAndNoExample() {
    Architecture.knowsNoneOf(ROOT, "org.plenary.export", "org.plenary.examples")
        .check(classes);
  }

  @Test
  void itUsesNoOtherModulesInternals() {
    Architecture.noOtherModulesInternals(ROOT).check(classes);
  }

  @Test
  void itsGeneratedTypesStayBehindItsAbstractTypes() {
    Architecture.generatedTypesStayHidden(ROOT).check(classes);
    Architecture.noGeneratedTypeInPublicSignatures(ROOT).check(classes);
  }
}
