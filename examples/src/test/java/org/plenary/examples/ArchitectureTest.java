package org.plenary.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.plenary.fixtures.Architecture;

/**
 * The examples are written as a user of the library writes: their packages (one per example) form no
 * cycle, they use the library's public API and no module's internals, and ask SLF4J for no logger
 * when a class loads.
 */
class ArchitectureTest {

  private static final String ROOT = "org.plenary.examples";
  private final JavaClasses classes = Architecture.of(ROOT);

  @Test
  void itsPackagesFormNoCycle() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void itUsesNoModulesInternals() {
    Architecture.noOtherModulesInternals(ROOT).check(classes);
  }

  @Test
  void itAsksSlf4jForNoLoggerWhenItLoads() {
    Architecture.noLoggerWhenLoaded(ROOT).check(classes);
  }
}
