-- Moving a WordPress site in: sections get the categories' hierarchy, old addresses keep
-- answering (301 to the new one), and what an import made is remembered by its origin so a
-- re-run updates it instead of adding a copy.

alter table section add column parent_id bigint references section (id);

-- An old address of the site, decoded, without a trailing slash ("/2019/05/قمة-الرياض", or a
-- query form "/?p=123"), and the path it now lives at (percent-encoded, ready for Location).
create table redirect (
    old_path    varchar(1000) not null primary key,
    target_path varchar(1000) not null,
    created_at  bigint        not null
);

-- What an import made from an item of another system: origin is the source site ("wordpress:HOST"),
-- kind what the item was ("attachment", "author", "category", "tag"), origin_id its id there.
create table import_origin (
    origin     varchar(300) not null,
    kind       varchar(30)  not null,
    origin_id  varchar(300) not null,
    entity_id  bigint       not null,
    created_at bigint       not null,
    primary key (origin, kind, origin_id)
);
