package org.plenary.rules.internal;

import org.plenary.core.internal.text.Bundle;

/** The standard rules' messages, in English and French. */
public final class Messages {

  /** The bundle {@code org/plenary/rules/internal/messages*.properties}. */
  public static final Bundle RULES = Bundle.load("/org/plenary/rules/internal/messages", Messages.class::getResourceAsStream);

  private Messages() {}
}
