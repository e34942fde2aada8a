/**
 * The room: the display of the list of speakers on the wall and the chair's console, served over
 * HTTP from a {@link org.plenary.core.sitting.Sitting} whose log on disk is the truth
 * ({@link org.plenary.examples.room.Room}), by the JDK's own HTTP server
 * ({@link org.plenary.examples.room.RoomServer}); {@link org.plenary.examples.room.RoomMain} runs it
 * for the ASP18 plenary. Built on the library's public API alone.
 */
package org.plenary.examples.room;
