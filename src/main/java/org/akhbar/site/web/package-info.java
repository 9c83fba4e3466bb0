/** Arabic error pages for every failure a reader can meet. */
package org.akhbar.site.web;
