/**
 * The people behind the stories: authors as readers see them (name, page, bio). Newsroom accounts
 * and roles will join them here. May use {@code platform} and {@code text}.
 */
package org.akhbar.people;
