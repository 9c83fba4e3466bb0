package org.akhbar.newsroom.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.InvalidInputException;
import org.akhbar.webhook.WebhookEvent;
import org.akhbar.webhook.Webhooks;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Webhooks: administrators register addresses (the secret is shown once, on the answer to the
 * form), switch them off and on, remove them, and read each one's deliveries with what the
 * receiver answered. The security chain admits no one else.
 */
@Controller
class WebhooksController {

    private final NewsroomPages pages;
    private final Webhooks webhooks;

    WebhooksController(NewsroomPages pages, Webhooks webhooks) {
        this.pages = pages;
        this.webhooks = webhooks;
    }

    @GetMapping("/newsroom/webhooks")
    ModelAndView list(HttpServletRequest request, @RequestParam(required = false) String done) {
        return page(request, blankForm(), List.of(), null, done == null ? null : "webhooks.done");
    }

    @PostMapping("/newsroom/webhooks")
    ModelAndView create(HttpServletRequest request, HttpServletResponse response, WebhookForm form) {
        NewsroomChrome chrome = pages.chrome(request);
        response.setHeader("Cache-Control", "no-store");
        try {
            Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
            for (String code : form.events()) {
                events.add(WebhookEvent.parse(code).orElseThrow(() -> new InvalidInputException("events", "webhooks.error.events")));
            }
            Webhooks.Registered registered = webhooks.register(form.url(), events, form.privateAllowed(), chrome.staff());
            return page(request, blankForm(), List.of(), registered.secret(), null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, form, FormProblem.of(e, chrome.t()), null, null);
        }
    }

    @GetMapping("/newsroom/webhooks/{id:\\d{1,18}}")
    ModelAndView deliveries(HttpServletRequest request, @PathVariable long id) {
        return new ModelAndView("newsroom/webhook", "page", new WebhookPage(pages.chrome(request),
                webhooks.find(id).orElseThrow(() -> new WebhookNotFoundException(id)), webhooks.deliveries(id)));
    }

    @PostMapping("/newsroom/webhooks/{id:\\d{1,18}}/enabled")
    ModelAndView enable(@PathVariable long id, @RequestParam boolean enabled) {
        webhooks.setEnabled(id, enabled);
        return Redirects.to("/newsroom/webhooks?done");
    }

    @PostMapping("/newsroom/webhooks/{id:\\d{1,18}}/delete")
    ModelAndView delete(@PathVariable long id) {
        webhooks.delete(id);
        return Redirects.to("/newsroom/webhooks?done");
    }

    private static WebhookForm blankForm() {
        return new WebhookForm("", List.of(WebhookEvent.ARTICLE_PUBLISHED.code()), null);
    }

    private ModelAndView page(HttpServletRequest request, WebhookForm form, List<FormProblem> problems, String secret,
            String messageKey) {
        return new ModelAndView("newsroom/webhooks", "page", new WebhooksPage(pages.chrome(request), webhooks.findAll(),
                List.of(WebhookEvent.values()), form, problems, secret, messageKey));
    }
}
