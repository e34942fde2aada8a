/** The list of speakers as CSV for spreadsheets: {@link org.plenary.export.csv.SpeakersCsv}. */
package org.plenary.export.csv;
