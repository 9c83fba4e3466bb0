package org.akhbar.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real database: on SQLite in every run, and again on
 * PostgreSQL in the run that selects tag {@code database}. The site listens on a random port of
 * 127.0.0.1 and starts without demo content.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "akhbar.demo-content=false", "akhbar.changes.poll-interval=100ms"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface DatabaseTest {
}
