package org.akhbar.api.web;

import java.util.List;

/**
 * One page of a list. {@code nextCursor} is null on the last page; {@code next} is the address
 * of the next page with the same filters, ready to follow.
 */
public record ListJson<T>(List<T> items, String nextCursor, String next) {
}
