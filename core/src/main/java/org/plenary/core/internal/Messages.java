package org.plenary.core.internal;

import org.plenary.core.internal.text.Bundle;

/** The core's own messages: labels of constituencies, ranks and channels, and report headings. */
public final class Messages {

  /** The core bundle, {@code org/plenary/core/internal/messages*.properties}. */
  public static final Bundle CORE = Bundle.load("/org/plenary/core/internal/messages", Messages.class::getResourceAsStream);

  private Messages() {}
}
