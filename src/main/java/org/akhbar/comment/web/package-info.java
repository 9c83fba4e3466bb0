/** The reader's side of comments: the form's post (with or without JavaScript) and fresh form tokens. */
package org.akhbar.comment.web;
