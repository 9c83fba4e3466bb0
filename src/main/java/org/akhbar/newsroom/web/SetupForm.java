package org.akhbar.newsroom.web;

/** The first-run setup form as posted. */
public record SetupForm(String username, String displayName, String email, String password, String passwordAgain) {
}
