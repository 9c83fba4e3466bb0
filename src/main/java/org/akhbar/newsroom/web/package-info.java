/** The newsroom's controllers, forms and page models. */
package org.akhbar.newsroom.web;
