/**
 * Text in the reader's language: {@link org.plenary.core.text.LocalizedText} values and the
 * {@link org.plenary.core.text.Bundle} that loads resource bundles without the JVM's default locale.
 */
@PlenaryStyle
package org.plenary.core.text;

import org.plenary.core.internal.style.PlenaryStyle;
