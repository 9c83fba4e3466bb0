package org.akhbar.platform.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Pages are jte templates compiled at build time, rendered straight into UTF-8 bytes: their
 * static parts were encoded once by the build, so a page costs no character encoding of its own.
 * A view name {@code article/article} is {@code src/main/jte/article/article.jte}; every page
 * template takes one parameter, the page record a controller puts in the model as {@code page}.
 */
@Configuration(proxyBeanMethods = false)
class TemplateViews {

    static final String PAGE = "page";

    @Bean
    TemplateEngine templateEngine() {
        TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
        engine.setBinaryStaticContent(true);
        return engine;
    }

    @Bean
    ViewResolver templateViewResolver(TemplateEngine engine) {
        return new Resolver(engine);
    }

    private record Resolver(TemplateEngine engine) implements ViewResolver, Ordered {

        @Override
        public View resolveViewName(String viewName, Locale locale) {
            String template = viewName + ".jte";
            return engine.hasTemplate(template) ? new Page(engine, template) : null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private record Page(TemplateEngine engine, String template) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(template, model.get(PAGE), output);
            response.setContentType(getContentType());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
