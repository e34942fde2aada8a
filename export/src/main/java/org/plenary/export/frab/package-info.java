/**
 * The frab schedule format that conference programs read (Giggity, EventFahrplan, pretalx):
 * {@link org.plenary.export.frab.FrabXml} and {@link org.plenary.export.frab.FrabJson}.
 */
package org.plenary.export.frab;
