package org.akhbar.newsroom.web;

/** The form that opens an account, as posted. */
public record AccountForm(String username, String displayName, String email, String password, String role) {
}
