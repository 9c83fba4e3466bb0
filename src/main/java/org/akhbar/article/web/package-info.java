/** The reader pages of articles: home, article, and the section, tag and author lists with "اظهر المزيد". */
package org.akhbar.article.web;
