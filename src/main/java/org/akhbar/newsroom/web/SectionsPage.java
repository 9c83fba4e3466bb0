package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.taxonomy.Section;

/**
 * The sections page's model, in menu order. After a refused change the form it came from keeps what
 * was typed: {@code failed} is the section whose row was refused, 0 for the new-section form, null
 * when nothing was.
 */
public record SectionsPage(NewsroomChrome chrome, List<Row> rows, String newName, Long failed,
        List<FormProblem> problems, String messageKey) {

    /** One section as its row shows it: its place in the menu (from 1) and the name in its field. */
    public record Row(Section section, int number, String name, boolean inMenu, boolean last) {

        public boolean first() {
            return number == 1;
        }
    }

    /** Whether the form of this section (0: the new section's) was refused. */
    public boolean failed(long id) {
        return failed != null && failed == id;
    }

    /** Whether the form of an existing section was refused. */
    public boolean rowFailed() {
        return failed != null && failed != 0;
    }
}
