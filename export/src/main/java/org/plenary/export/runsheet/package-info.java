/** The chair's run sheet, in plain text: {@link org.plenary.export.runsheet.RunSheet}. */
package org.plenary.export.runsheet;
