package org.plenary.export.internal;

import org.plenary.core.internal.text.Bundle;

/** The exporters' headings and labels, in English and French. */
public final class Messages {

  /** The bundle {@code org/plenary/export/internal/messages*.properties}. */
  public static final Bundle EXPORT = Bundle.load("/org/plenary/export/internal/messages", Messages.class::getResourceAsStream);

  private Messages() {}
}
