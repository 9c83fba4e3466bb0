/**
 * The reader site's side of a move from WordPress: old addresses answered with a 301 to where
 * their content lives now. May use {@code transfer} and {@code platform}.
 */
package org.akhbar.transfer.web;
