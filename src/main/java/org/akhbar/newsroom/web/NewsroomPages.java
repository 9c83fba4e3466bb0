package org.akhbar.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;

import org.akhbar.people.Staff;
import org.akhbar.people.StaffUser;
import org.akhbar.site.SiteChrome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link NewsroomChrome} of a request. */
@Component
class NewsroomPages {

    private final SiteChrome site;
    private final ObjectProvider<ResourceUrlProvider> assetUrls;

    NewsroomPages(SiteChrome site, ObjectProvider<ResourceUrlProvider> assetUrls) {
        this.site = site;
        this.assetUrls = assetUrls;
    }

    NewsroomChrome chrome(HttpServletRequest request) {
        return new NewsroomChrome(site, site.messages(), currentStaff(), (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                versioned("/assets/newsroom/newsroom.css"), versioned("/assets/newsroom/editor.css"),
                versioned("/assets/newsroom/editor.js"));
    }

    /** The public address of a path of the site (its configured address, never the request's Host). */
    String absolute(String path) {
        return site.site().absolute(path);
    }

    /** The newsroom's time zone: publish times are typed in it. */
    java.time.ZoneId zone() {
        return site.site().zone();
    }

    /** The signed-in member of staff, or null. */
    static Staff currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffUser user ? user.staff() : null;
    }

    private String versioned(String path) {
        ResourceUrlProvider provider = assetUrls.getIfAvailable();
        String url = provider == null ? null : provider.getForLookupPath(path);
        return url == null ? path : url;
    }
}
