package org.plenary.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.plenary.fixtures.Architecture;

/** The core's layers: no package cycles, no type of the other modules, no generated type shown. */
class ArchitectureTest {

  private static final String ROOT = "org.plenary.core";
  private final JavaClasses classes = Architecture.of(ROOT);

  @Test
  void itsPackagesFormNoCycle() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void itKnowsNoRuleNoFormatAndNoExample() {
    Architecture.knowsNoneOf(ROOT, "org.plenary.rules", "org.plenary.export", "org.plenary.examples")
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
