/**
 * Moving content in and out: the JSON Lines import and export, the WordPress (WXR) import and
 * export, and the demo content a new site starts with. Goes through {@code article}'s service like
 * any writer, so an import obeys the same validation, sanitising and change log; keeps the old
 * addresses of an imported site ({@code redirect}) and what it made from which item of the source
 * ({@code import_origin}). Its {@code web} sub-package answers old addresses with a 301. May use
 * {@code platform}, {@code article}, {@code taxonomy}, {@code people}, {@code media} and {@code site}.
 */
package org.akhbar.transfer;
