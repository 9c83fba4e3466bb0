package org.akhbar.newsroom.web;

/** The spellings page's form: the groups as one text, a line each. */
record SpellingsForm(String spellings) {
}
