package org.akhbar.api.web;

import org.akhbar.site.SiteChrome;
import org.springframework.stereotype.Component;

/** Absolute addresses on the site, from its configured public address (never the request's Host). */
@Component
class Links {

    private final SiteChrome site;

    Links(SiteChrome site) {
        this.site = site;
    }

    String site(String path) {
        return site.site().absolute(path);
    }
}
