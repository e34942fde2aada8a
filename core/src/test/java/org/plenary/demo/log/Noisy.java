package org.plenary.demo.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A class that asks SLF4J for a logger when it is loaded, which the architecture rules forbid. */
public final class Noisy {

  private static final Logger LOG = LoggerFactory.getLogger(Noisy.class);

  private Noisy() {}

  /** Logs {@code what}. */
  public static void log(String what) {
    LOG.info(what);
  }
}
