/** The page cache and conditional-request handling in front of every reader page. */
package org.akhbar.platform.web;
