/** Media files as readers get them, and the newsroom's JSON endpoints for listing, uploading and describing them. */
package org.akhbar.media.web;
