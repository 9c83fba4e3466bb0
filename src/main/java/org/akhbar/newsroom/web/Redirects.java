package org.akhbar.newsroom.web;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** After a form is posted, the browser is sent to a page it can reload safely (post, redirect, get). */
final class Redirects {

    private Redirects() {
    }

    static ModelAndView to(String path) {
        RedirectView view = new RedirectView(path);
        view.setExpandUriTemplateVariables(false);
        return new ModelAndView(view);
    }
}
