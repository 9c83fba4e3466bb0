package org.akhbar.newsroom.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.InvalidInputException;
import org.akhbar.site.SiteSettings;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.akhbar.text.ArabicDates;
import org.akhbar.text.DigitStyle;
import org.akhbar.text.MonthStyle;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's settings: name, headline section, month names, digits, Hijri date. The
 * administrator's page (the security chain admits no one else); readers see a change at once.
 */
@Controller
class SettingsController {

    /** The examples' date: in July every regional style has a name of its own (يوليو، تموز، يوليوز، جويلية). */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 7, 23);

    private final NewsroomPages pages;
    private final SiteSettingsService settings;
    private final SectionMenu sections;

    SettingsController(NewsroomPages pages, SiteSettingsService settings, SectionMenu sections) {
        this.pages = pages;
        this.settings = settings;
        this.sections = sections;
    }

    @GetMapping("/newsroom/settings")
    ModelAndView show(HttpServletRequest request, @RequestParam(required = false) String done) {
        SiteSettings now = settings.current();
        String headline = settings.headlineSection().map(Section::slug).orElse(now.headlineSection());
        SettingsForm form = new SettingsForm(now.name(), headline, now.months().name(), now.digits().name(),
                Boolean.toString(now.hijri()), Integer.toString(now.commentsCloseAfterDays()),
                Boolean.toString(now.commentsFromApprovedAtOnce()));
        return page(pages.chrome(request), form, List.of(), done == null ? null : "settings.done");
    }

    @PostMapping("/newsroom/settings")
    ModelAndView save(HttpServletRequest request, HttpServletResponse response, SettingsForm form) {
        NewsroomChrome chrome = pages.chrome(request);
        try {
            settings.save(new SiteSettings(form.name(), form.headlineSection(),
                    SiteSettings.parse(MonthStyle.class, form.months()).orElse(null),
                    SiteSettings.parse(DigitStyle.class, form.digits()).orElse(null),
                    form.showsHijri(), form.closeAfterDays(), form.approvesCommentsAtOnce()));
            return Redirects.to("/newsroom/settings?done");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(chrome, form, FormProblem.of(e, chrome.t()), null);
        }
    }

    private ModelAndView page(NewsroomChrome chrome, SettingsForm form, List<FormProblem> problems, String messageKey) {
        SiteSettings now = settings.current();
        ZoneId zone = pages.zone();
        Instant example = EXAMPLE.atTime(LocalTime.NOON).atZone(zone).toInstant();
        List<Section> all = sections.all();
        String headline = form.headlineSection();
        boolean unknown = headline != null && !headline.isEmpty()
                && all.stream().noneMatch(s -> s.slug().equals(headline));
        return new ModelAndView("newsroom/settings", "page", new SettingsPage(chrome, form, all,
                unknown ? headline : null,
                choices(MonthStyle.values(), style -> new ArabicDates(style, now.digits(), zone).date(example)),
                choices(DigitStyle.values(), style -> new ArabicDates(now.months(), style, zone).date(example)),
                new ArabicDates(now.months(), now.digits(), zone).hijri(example), problems, messageKey));
    }

    private static <E extends Enum<E>> List<SettingsPage.Choice> choices(E[] styles, Function<E, String> example) {
        return Arrays.stream(styles).map(style -> new SettingsPage.Choice(style.name(),
                style.name().toLowerCase(Locale.ROOT).replace('_', '-'), example.apply(style))).toList();
    }
}
