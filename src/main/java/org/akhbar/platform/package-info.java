/**
 * What every feature stands on: the database conventions (epoch-millisecond instants), the change
 * log that every node follows, HTTP caching of reader pages, the clock, the data directory and the
 * command-line launcher. It knows nothing of articles or sections; features depend on it, never
 * the other way round.
 */
package org.akhbar.platform;
