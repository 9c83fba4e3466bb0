-- Sections the header menu leaves out: see postgresql/V3__section_menu.sql.
alter table section add column in_menu integer not null default 1;
