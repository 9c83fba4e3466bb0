/**
 * The people behind the stories: authors as readers see them (name, page, bio), and the newsroom's
 * accounts with their roles, sign-in (Spring Security, for {@code /newsroom/**} only), its
 * throttling and the {@code create-user} job. May use {@code platform}, {@code text} and
 * {@code site} (messages for the command line).
 */
package org.akhbar.people;
