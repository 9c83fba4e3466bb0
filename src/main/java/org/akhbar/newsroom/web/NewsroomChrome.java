package org.akhbar.newsroom.web;

import java.time.Instant;

import org.akhbar.people.Role;
import org.akhbar.people.Staff;
import org.akhbar.site.Messages;
import org.akhbar.site.SiteChrome;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every newsroom page shares: who is signed in (null on the sign-in and setup pages), the
 * CSRF token every form and script sends back, the UI messages and the assets.
 */
public record NewsroomChrome(SiteChrome site, Messages t, Staff staff, CsrfToken csrf, String stylesheet,
        String editorStylesheet, String editorScript) {

    public String siteName() {
        return site.settings().name();
    }

    public boolean atLeast(Role role) {
        return staff != null && staff.atLeast(role);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : site.dates().dateTime(instant);
    }
}
