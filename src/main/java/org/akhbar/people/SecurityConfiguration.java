package org.akhbar.people;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;

/**
 * Who may reach the newsroom. Reader pages pass through no security filter at all: this chain
 * covers {@code /newsroom/**} only, with form login, CSRF protection on every state-changing
 * request, a new session id at login, and throttled logins ({@link StaffAuthentication}).
 * Finer rules (whose article, which transition) are checked where the action is carried out.
 */
@Configuration
class SecurityConfiguration {

    static final String LOGIN = "/newsroom/login";

    /** The id of the "hash" an account without a password keeps: no password matches it. */
    static final String NO_PASSWORD_ID = "none";

    /**
     * Argon2id for new passwords; hashes of other kinds would still be checked. {@code {none}} is
     * an account without a password (an imported author): every password is wrong for it.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(),
                NO_PASSWORD_ID, new NoPassword()));
    }

    /** Matches no password, and makes no hash. */
    private static final class NoPassword implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("An account without a password has no hash");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMINISTRATOR > ROLE_EDITOR
                ROLE_EDITOR > ROLE_AUTHOR
                ROLE_AUTHOR > ROLE_CONTRIBUTOR
                """);
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain newsroom(HttpSecurity http, StaffAuthentication authentication) throws Exception {
        // Scripts (autosave) are told 401 rather than sent to the login page, so the editor can say
        // so and keep the text.
        var json = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));   // a browser's */* is not a script asking for JSON
        var scripts = new OrRequestMatcher(json, new RequestHeaderRequestMatcher("X-Requested-With", "fetch"));
        http.securityMatcher("/newsroom", "/newsroom/**")
                .authenticationProvider(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/newsroom/setup").permitAll()
                        .requestMatchers("/newsroom/users", "/newsroom/users/**", "/newsroom/settings",
                                "/newsroom/settings/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/newsroom/api-tokens", "/newsroom/api-tokens/**", "/newsroom/webhooks",
                                "/newsroom/webhooks/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/newsroom/sections", "/newsroom/sections/**", "/newsroom/comments",
                                "/newsroom/comments/**", "/newsroom/spellings").hasRole(Role.EDITOR.name())
                        .anyRequest().hasRole(Role.CONTRIBUTOR.name()))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .defaultSuccessUrl("/newsroom/articles", false)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                LOGIN + (exception instanceof StaffAuthentication.ThrottledException ? "?locked" : "?error"))))
                .logout(logout -> logout.logoutUrl("/newsroom/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), scripts)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN), request -> true))
                // The site's own filter sets the content security policy and framing rules.
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
