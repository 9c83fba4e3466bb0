-- Moving a WordPress site in: see postgresql/V8__wordpress.sql.

alter table section add column parent_id integer references section (id);

create table redirect (
    old_path    varchar(1000) not null primary key,
    target_path varchar(1000) not null,
    created_at  integer       not null
);

create table import_origin (
    origin     varchar(300) not null,
    kind       varchar(30)  not null,
    origin_id  varchar(300) not null,
    entity_id  integer      not null,
    created_at integer      not null,
    primary key (origin, kind, origin_id)
);
