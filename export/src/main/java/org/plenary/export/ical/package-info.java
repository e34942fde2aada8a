/** The plenary as an iCalendar file (RFC 5545), built with ical4j: {@link org.plenary.export.ical.PlenaryCalendar}. */
package org.plenary.export.ical;
