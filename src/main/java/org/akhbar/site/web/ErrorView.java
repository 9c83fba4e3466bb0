package org.akhbar.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.site.ErrorPage;
import org.akhbar.site.SiteChrome;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The Arabic error page for a status: never cached, explained by message keys. */
@Component
class ErrorView {

    private final SiteChrome chrome;

    ErrorView(SiteChrome chrome) {
        this.chrome = chrome;
    }

    /** The page for {@code status}, titled by its kind ({@code error.<kind>.title}) and explained by a key. */
    ModelAndView of(HttpServletResponse response, int status, String kind, String explanationKey) {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        ModelAndView view = new ModelAndView("site/error", "page",
                new ErrorPage(chrome.chromeForErrors(), status, "error." + kind + ".title", explanationKey));
        view.setStatus(HttpStatusCode.valueOf(status));
        return view;
    }

    ModelAndView of(HttpServletResponse response, int status, String kind) {
        return of(response, status, kind, "error." + kind + ".text");
    }
}
