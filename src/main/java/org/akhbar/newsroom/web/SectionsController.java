package org.akhbar.newsroom.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.akhbar.taxonomy.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sections and their order in the header menu, for editors and administrators (the security
 * chain admits no one else): create, rename, show or hide, move up or down. Plain forms, each
 * answered with a redirect back here, so the page works without JavaScript.
 */
@Controller
class SectionsController {

    private static final String PAGE = "/newsroom/sections";

    private final NewsroomPages pages;
    private final SectionMenu menu;
    private final SectionService sections;

    SectionsController(NewsroomPages pages, SectionMenu menu, SectionService sections) {
        this.pages = pages;
        this.menu = menu;
        this.sections = sections;
    }

    @GetMapping(PAGE)
    ModelAndView list(HttpServletRequest request, @RequestParam(required = false) String done) {
        return page(pages.chrome(request), null, null, List.of(), done == null ? null : "sections.done");
    }

    @PostMapping(PAGE)
    ModelAndView create(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String name) {
        try {
            sections.create(name);
            return Redirects.to(PAGE + "?done");
        } catch (InvalidInputException e) {
            return refused(request, response, e, 0L, name);
        }
    }

    @PostMapping(PAGE + "/{id:\\d{1,18}}")
    ModelAndView update(HttpServletRequest request, HttpServletResponse response, @PathVariable long id,
            @RequestParam(required = false) String name, @RequestParam(required = false) String inMenu) {
        try {
            sections.update(id, name, "true".equals(inMenu));
            return Redirects.to(PAGE + "?done");
        } catch (InvalidInputException e) {
            return refused(request, response, e, id, name);
        }
    }

    @PostMapping(PAGE + "/{id:\\d{1,18}}/move")
    ModelAndView move(@PathVariable long id, @RequestParam String direction) {
        switch (direction) {
            case "up" -> sections.moveUp(id);
            case "down" -> sections.moveDown(id);
            default -> throw new BadRequestException("error.bad-request.text", "No direction " + direction);
        }
        return Redirects.to(PAGE + "?done");
    }

    /** The page again with the refusal explained and what was typed kept: 400. */
    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, InvalidInputException e,
            long failed, String typed) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        NewsroomChrome chrome = pages.chrome(request);
        return page(chrome, failed, typed == null ? "" : typed, FormProblem.of(e, chrome.t()), null);
    }

    /** The page; {@code failed} names the form that was refused (0: the new section's), {@code typed} its name. */
    private ModelAndView page(NewsroomChrome chrome, Long failed, String typed, List<FormProblem> problems,
            String messageKey) {
        List<Section> all = menu.all();
        List<SectionsPage.Row> rows = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Section section = all.get(i);
            String name = failed != null && failed == section.id() ? typed : section.name();
            rows.add(new SectionsPage.Row(section, i + 1, name, menu.isShown(section), i == all.size() - 1));
        }
        String newName = failed != null && failed == 0 ? typed : "";
        return new ModelAndView("newsroom/sections", "page",
                new SectionsPage(chrome, rows, newName, failed, problems, messageKey));
    }
}
