-- Sections the header menu leaves out: their pages still answer, only the menu skips them.
-- An integer (1 shown, 0 hidden) rather than a boolean, so both dialects store it alike.
alter table section add column in_menu integer not null default 1;
