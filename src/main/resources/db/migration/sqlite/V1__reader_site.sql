-- The reader site: authors, sections, tags, articles and the change log that every node follows.
-- Same tables and columns as db/migration/postgresql (a test compares them). Instants are epoch
-- milliseconds.

create table author (
    id         integer not null primary key autoincrement,
    slug       text    not null unique,
    name       text    not null unique,
    bio        text,
    created_at integer not null
);

create table section (
    id         integer not null primary key autoincrement,
    slug       text    not null unique,
    name       text    not null unique,
    position   integer not null,
    created_at integer not null,
    updated_at integer not null
);

create table tag (
    id         integer not null primary key autoincrement,
    slug       text    not null unique,
    name       text    not null unique,
    created_at integer not null
);

create table article (
    id           integer not null primary key autoincrement,
    external_id  text unique,
    slug         text    not null,
    title        text    not null,
    kicker       text,
    excerpt      text,
    body_html    text    not null,
    status       text    not null check (status in ('draft', 'published')),
    author_id    integer references author (id),
    published_at integer,
    created_at   integer not null,
    updated_at   integer not null
);

create index article_latest_idx on article (published_at, id);
create index article_author_idx on article (author_id, published_at, id);

create table article_section (
    article_id   integer not null references article (id) on delete cascade,
    section_id   integer not null references section (id) on delete cascade,
    position     integer not null,
    published_at integer,
    primary key (article_id, section_id)
);
create index article_section_listing_idx on article_section (section_id, published_at, article_id);

create table article_tag (
    article_id   integer not null references article (id) on delete cascade,
    tag_id       integer not null references tag (id) on delete cascade,
    position     integer not null,
    published_at integer,
    primary key (article_id, tag_id)
);
create index article_tag_listing_idx on article_tag (tag_id, published_at, article_id);

create table change_log (
    id         integer not null primary key autoincrement,
    entity     text    not null,
    entity_id  integer not null,
    action     text    not null,
    changed_at integer not null
);
