-- Search: see postgresql/V5__search.sql. Same tables and columns; instants are epoch milliseconds.

create table related_article (
    article_id integer not null references article (id) on delete cascade,
    position   integer not null,
    related_id integer not null references article (id) on delete cascade,
    primary key (article_id, position)
);

create table spelling_equivalence (
    id         integer not null primary key autoincrement,
    position   integer not null,
    spellings  text    not null,
    updated_at integer not null
);

insert into spelling_equivalence (position, spellings, updated_at) values
    (1, 'فاغنر فاجنر', 0),
    (2, 'غوغل جوجل قوقل', 0),
    (3, 'سوريا سورية', 0),
    (4, 'بوتين بوتن', 0),
    (5, 'ترامب ترمب', 0),
    (6, 'نتنياهو نتانياهو', 0),
    (7, 'أوكرانيا اوكراينا', 0),
    (8, 'فيسبوك فايسبوك', 0),
    (9, 'إنترنت انترنيت', 0),
    (10, 'الكرملين الكريملين', 0);
