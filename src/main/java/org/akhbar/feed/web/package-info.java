/** The addresses of the feeds, the sitemaps and {@code robots.txt}, with the HTTP caching of reader pages. */
package org.akhbar.feed.web;
