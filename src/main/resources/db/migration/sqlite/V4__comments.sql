-- Reader comments: see postgresql/V4__comments.sql for what each table is for.
alter table article add column comments_open integer not null default 1;

create table article_comment (
    id           integer not null primary key autoincrement,
    article_id   integer not null references article (id) on delete cascade,
    parent_id    integer references article_comment (id) on delete set null,
    status       text    not null check (status in ('pending', 'approved', 'spam', 'trash')),
    author_name  text    not null,
    author_email text    not null,
    body         text    not null,
    spam_reason  text,
    fingerprint  text unique,
    external_id  text unique,
    created_at   integer not null,
    updated_at   integer not null
);
create index article_comment_thread_idx on article_comment (article_id, status, created_at, id);
create index article_comment_queue_idx on article_comment (status, created_at, id);
create index article_comment_email_idx on article_comment (author_email);

create table comment_rate (
    subject         text    not null primary key,
    hits            integer not null,
    window_start_at integer not null
);

create table comment_secret (
    id         integer not null primary key,
    secret     text    not null,
    created_at integer not null
);
