/**
 * Agendas that read like the concept note: {@link org.plenary.export.agenda.MarkdownAgenda} and the
 * standalone, printable {@link org.plenary.export.agenda.HtmlAgenda}.
 */
package org.plenary.export.agenda;
