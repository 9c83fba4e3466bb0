/**
 * Moving content in and out: the JSON Lines import and export commands and the demo content a new
 * site starts with. Goes through {@code article}'s service like any writer, so an import obeys the
 * same validation, sanitising and change log. May use {@code platform}, {@code article} and
 * {@code site}.
 */
package org.akhbar.transfer;
