/**
 * Text in the reader's language: {@link org.plenary.core.text.LocalizedText}, a short text in any set
 * of BCP 47 languages, with the nearest wording for a reader whose language it lacks.
 */
@PlenaryStyle
package org.plenary.core.text;

import org.plenary.core.internal.style.PlenaryStyle;
