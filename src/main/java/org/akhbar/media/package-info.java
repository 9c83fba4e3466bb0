/**
 * Photos for the stories: uploads checked by their content (JPEG, PNG, WebP and GIF, nothing else),
 * responsive renditions for {@code srcset}, alt text, caption and credit, and the storage that holds
 * the files (a folder under the data directory by default). Its {@code web} sub-package serves the
 * files to readers and answers the newsroom's media library. May use {@code platform},
 * {@code people} (who is uploading) and {@code site} (the messages shown when an upload is refused).
 */
package org.akhbar.media;
