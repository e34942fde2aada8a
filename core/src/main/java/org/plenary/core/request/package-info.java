/** The list of speakers: {@link org.plenary.core.request.RequestToSpeak requests to speak} as received. */
@PlenaryStyle
package org.plenary.core.request;

import org.plenary.core.internal.style.PlenaryStyle;
