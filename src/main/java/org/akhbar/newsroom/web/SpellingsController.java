package org.akhbar.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.InvalidInputException;
import org.akhbar.search.SpellingService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The spellings search treats as one word (فاغنر / فاجنر), for editors and administrators (the
 * security chain admits no one else): one text box, a group per line, saved whole.
 */
@Controller
class SpellingsController {

    private static final String PAGE = "/newsroom/spellings";

    private final NewsroomPages pages;
    private final SpellingService spellings;

    SpellingsController(NewsroomPages pages, SpellingService spellings) {
        this.pages = pages;
        this.spellings = spellings;
    }

    @GetMapping(PAGE)
    ModelAndView show(HttpServletRequest request, @RequestParam(required = false) String done) {
        return new ModelAndView("newsroom/spellings", "page", new SpellingsPage(pages.chrome(request),
                String.join("\n", spellings.lines()), List.of(), done == null ? null : "spellings.done"));
    }

    @PostMapping(PAGE)
    ModelAndView save(HttpServletRequest request, HttpServletResponse response, SpellingsForm form) {
        try {
            spellings.save(form.spellings());
            return Redirects.to(PAGE + "?done");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            NewsroomChrome chrome = pages.chrome(request);
            return new ModelAndView("newsroom/spellings", "page", new SpellingsPage(chrome,
                    form.spellings() == null ? "" : form.spellings(), FormProblem.of(e, chrome.t()), null));
        }
    }
}
