/**
 * The database tables as jOOQ classes, generated at build time from the PostgreSQL migrations
 * ({@code target/generated-sources/jooq}), plus the converter they use for instants. Open to every
 * repository; depends on nothing of the project.
 */
package org.akhbar.schema;
