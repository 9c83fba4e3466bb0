-- The JSON API's tokens and webhooks: see postgresql/V7__api_and_webhooks.sql.

create table api_token (
    id           integer not null primary key autoincrement,
    name         text    not null,
    token_hash   text    not null unique,
    prefix       text    not null,
    scopes       text    not null,
    account_id   integer not null references account (id),
    rate_limit   integer not null,
    created_by   integer not null references account (id),
    created_at   integer not null,
    last_used_at integer,
    revoked_at   integer
);

create table webhook (
    id            integer not null primary key autoincrement,
    url           text    not null,
    secret        text    not null,
    events        text    not null,
    allow_private integer not null default 0,
    created_by    integer not null references account (id),
    created_at    integer not null,
    disabled_at   integer
);

create table webhook_delivery (
    id              integer not null primary key autoincrement,
    webhook_id      integer not null references webhook (id) on delete cascade,
    event           text    not null,
    article_id      integer not null,
    payload         text    not null,
    created_at      integer not null,
    attempts        integer not null default 0,
    next_attempt_at integer,
    delivered_at    integer,
    failed_at       integer
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, id);

create table webhook_attempt (
    id            integer not null primary key autoincrement,
    delivery_id   integer not null references webhook_delivery (id) on delete cascade,
    attempted_at  integer not null,
    status_code   integer,
    response_body text,
    error         text,
    duration_ms   integer not null
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);

-- The API finds an article by its slug.
create index article_slug_idx on article (slug);
