-- The newsroom: see postgresql/V2__newsroom.sql for what each table is for. Here the article
-- table is rebuilt for its new status check, in one transaction of its own with foreign keys off
-- (dropping the old table with them on would cascade to its sections and tags). SAVEPOINT opens
-- that transaction: Flyway's parser takes BEGIN for the start of a trigger body.

PRAGMA foreign_keys = OFF;
SAVEPOINT newsroom;

create table account (
    id            integer not null primary key autoincrement,
    username      text    not null unique,
    display_name  text    not null,
    email         text,
    password_hash text    not null,
    role          text    not null check (role in ('contributor', 'author', 'editor', 'administrator')),
    author_id     integer not null references author (id),
    disabled_at   integer,
    created_at    integer not null,
    updated_at    integer not null
);

create table login_failure (
    subject         text    not null primary key,
    failures        integer not null,
    window_start_at integer not null,
    locked_until    integer
);

create table media (
    id            integer not null primary key autoincrement,
    storage_key   text    not null unique,
    content_type  text    not null,
    width         integer not null,
    height        integer not null,
    byte_size     integer not null,
    widths        text    not null,
    original_name text,
    alt           text,
    caption       text,
    credit        text,
    uploaded_by   integer references account (id),
    created_at    integer not null,
    updated_at    integer not null
);
create index media_created_idx on media (created_at, id);

create table article_preview (
    token_hash text    not null primary key,
    article_id integer not null references article (id) on delete cascade,
    created_by integer references account (id),
    created_at integer not null,
    expires_at integer not null
);

create table site_setting (
    name       text    not null primary key,
    value      text    not null,
    updated_at integer not null
);

create table article_next (
    id           integer not null primary key autoincrement,
    external_id  text unique,
    slug         text    not null,
    title        text    not null,
    kicker       text,
    excerpt      text,
    body_html    text    not null,
    status       text    not null check (status in ('draft', 'review', 'scheduled', 'published', 'unpublished')),
    author_id    integer references author (id),
    published_at integer,
    created_at   integer not null,
    updated_at   integer not null,
    version      integer not null default 1,
    created_by   integer references account (id),
    revised_at   integer,
    featured_media_id integer references media (id)
);
insert into article_next (id, external_id, slug, title, kicker, excerpt, body_html, status, author_id,
                          published_at, created_at, updated_at)
select id, external_id, slug, title, kicker, excerpt, body_html, status, author_id,
       published_at, created_at, updated_at
from article;
drop table article;
alter table article_next rename to article;
create index article_latest_idx on article (published_at, id);
create index article_author_idx on article (author_id, published_at, id);
create index article_newsroom_idx on article (updated_at, id);

create table article_revision (
    id           integer not null primary key autoincrement,
    article_id   integer not null references article (id) on delete cascade,
    version      integer not null,
    kind         text    not null check (kind in ('save', 'autosave', 'restore', 'import', 'workflow')),
    title        text    not null,
    slug         text    not null,
    kicker       text,
    excerpt      text,
    body_html    text    not null,
    sections     text    not null,
    tags         text    not null,
    author_name  text,
    status       text    not null,
    published_at integer,
    featured_media_id integer,
    saved_by     integer references account (id),
    saved_at     integer not null,
    unique (article_id, version)
);

create table article_note (
    id         integer not null primary key autoincrement,
    article_id integer not null references article (id) on delete cascade,
    kind       text    not null check (kind in ('correction', 'update')),
    body       text    not null,
    created_by integer references account (id),
    created_at integer not null
);
create index article_note_article_idx on article_note (article_id, created_at);

RELEASE newsroom;
PRAGMA foreign_keys = ON;
