package org.akhbar.platform;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ as every repository gets it. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * No per-statement debug logging hooks and no fetching of SQL warnings after every statement:
     * a page runs several queries, and both cost time on each without telling anyone anything.
     */
    @Bean
    DefaultConfigurationCustomizer leanJooq() {
        return configuration -> configuration.settings()
                .withExecuteLogging(false)
                .withFetchWarnings(false)
                .withRenderSchema(false);
    }
}
