package org.plenary.core;

import org.plenary.fixtures.LayersContract;

/** The core's layers: no package cycles, no type of the other modules, no generated type shown. */
class ArchitectureTest extends LayersContract {

  ArchitectureTest() {
    super("org.plenary.core", "org.plenary.rules", "org.plenary.export", "org.plenary.examples");
  }
}
