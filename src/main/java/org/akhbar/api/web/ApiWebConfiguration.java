package org.akhbar.api.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's place in the web layer: every request under {@code /api/v1/} passes {@link ApiAccess};
 * reads get ETags (computed from the body, so a client revalidating an unchanged list gets a 304
 * without the body); CORS lets the origins in {@code akhbar.api.cors.allowed-origins} read, and
 * also write only if {@code akhbar.api.cors.allow-writes} is true (a token in a web page's script
 * is visible to anyone who opens that page, so writes from browsers stay off unless asked for).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    static final String PATHS = "/api/v1/**";

    private final ApiAccess access;
    private final ReferencePagePolicy referencePolicy;
    private final List<String> allowedOrigins;
    private final boolean corsWrites;

    ApiWebConfiguration(ApiAccess access, ReferencePagePolicy referencePolicy,
            @Value("${akhbar.api.cors.allowed-origins:}") List<String> allowedOrigins,
            @Value("${akhbar.api.cors.allow-writes:false}") boolean corsWrites) {
        this.access = access;
        this.referencePolicy = referencePolicy;
        this.allowedOrigins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        this.corsWrites = corsWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns(PATHS);
        registry.addInterceptor(referencePolicy).addPathPatterns(ReferencePagePolicy.PATHS);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        registry.addMapping(PATHS)
                .allowedOrigins(allowedOrigins.toArray(String[]::new))
                .allowedMethods(corsWrites ? new String[] {"GET", "HEAD", "POST", "PUT"} : new String[] {"GET", "HEAD"})
                .allowedHeaders("Authorization", "Content-Type", "If-None-Match")
                .exposedHeaders("ETag", "Location", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining")
                .allowCredentials(false)
                .maxAge(3600);
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    OpenAPI apiDocument(@Value("${akhbar.site.name:أخبار}") String siteName) {
        return new OpenAPI()
                .info(new Info().title(siteName + " API").version("v1")
                        .description("Published articles, sections, tags and authors for anyone; writes with an API "
                                + "token made by an administrator in the newsroom (Authorization: Bearer akh_…). "
                                + "Errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
