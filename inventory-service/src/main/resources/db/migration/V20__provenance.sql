-- Provenance: uploaded versions of the IEEE MAC registries and the watchlist of covered entities.
-- The bundled registry snapshot (resources ieee/*.csv.gz) is used for a kind until a version of
-- that kind is uploaded; the current version of a kind is its row with the highest seq.
create table oui_registry_version (
    id           uuid primary key,
    seq          bigint generated always as identity,
    kind         varchar(4)   not null check (kind in ('MA-L', 'MA-M', 'MA-S')),
    published_on date         not null,
    row_count    integer      not null check (row_count > 0),
    block_count  integer      not null check (block_count > 0),
    sha256       varchar(64)  not null,
    uploaded_by  varchar(100) not null,
    request_id   varchar(128),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    constraint oui_registry_version_seq_uk unique (seq)
);
create index oui_registry_version_kind_idx on oui_registry_version (kind, seq desc);

-- One row per block of a version; prefix is the block's numeric value (24, 28 or 36 bits by kind).
create table oui_block (
    version_id   uuid         not null references oui_registry_version (id) on delete cascade,
    prefix       bigint       not null,
    organisation varchar(700) not null,
    primary key (version_id, prefix)
);

create table watchlist_entry (
    id            uuid primary key,
    name          varchar(100)  not null,
    affiliate_of  varchar(100),
    match_terms   varchar(100)[] not null,
    exclude_terms varchar(100)[] not null,
    lists         varchar(32)[]  not null,
    notes         varchar(2000),
    active        boolean       not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null
);
create unique index watchlist_entry_name_uk on watchlist_entry (lower(name));

-- Bumped in the same transaction as every watchlist change, so replicas notice it with one read.
create table provenance_revision (
    name     varchar(32) primary key,
    revision bigint      not null
);
insert into provenance_revision (name, revision) values ('watchlist', 1);

-- The seed. Terms are matched as whole words, case- and punctuation-insensitive (Han-script terms
-- anywhere); spellings were checked against the bundled IEEE files (Debian ieee-data 20220827.1).
insert into watchlist_entry (id, name, affiliate_of, match_terms, exclude_terms, lists, notes, active, created_at, updated_at, version) values
('01900000-0000-7000-8000-000000000001', 'Hikvision', null,
 array['Hikvision', 'Hangzhou Hikvision', 'Ezviz', 'Hangzhou Ezviz', 'HiLook', 'Hikmicro', '海康威视'],
 array[]::varchar[],
 array['NDAA_889', 'FCC_COVERED_LIST'],
 'Hangzhou Hikvision Digital Technology Co., Ltd. Ezviz is its consumer-camera subsidiary, HiLook its budget brand, Hikmicro its thermal-imaging subsidiary. '
 || 'Registry spellings: "Hangzhou Hikvision Digital Technology Co.,Ltd." (50 MA-L blocks in the 2022 snapshot), "Hangzhou Ezviz Software Co.,Ltd." (5), '
 || '"Prama Hikvision India Private Limited" (Indian joint venture, matched by the word Hikvision).',
 true, now(), now(), 0),
('01900000-0000-7000-8000-000000000002', 'Dahua', null,
 array['Dahua', 'Zhejiang Dahua', 'Dahua Technology', 'Imou', '浙江大华'],
 array['Shanghai Dahua Scale'],
 array['NDAA_889', 'FCC_COVERED_LIST'],
 'Zhejiang Dahua Technology Co., Ltd.; Imou is its consumer brand. Registry spelling: "Zhejiang Dahua Technology Co., Ltd." (24 MA-L blocks in the 2022 snapshot). '
 || 'Lorex Technology was a Dahua subsidiary from 2018 until its sale to Skywatch in 2023 and is deliberately not matched: Lorex devices made before the sale may be Dahua hardware and deserve inspection. '
 || '"Shanghai Dahua Scale Factory" (an MA-M block) is an unrelated scale maker and is excluded.',
 true, now(), now(), 0),
('01900000-0000-7000-8000-000000000003', 'Huawei', null,
 array['Huawei', 'Huawei Technologies', 'HiSilicon', '华为'],
 array[]::varchar[],
 array['NDAA_889', 'FCC_COVERED_LIST', 'UK_DESIGNATED_VENDOR'],
 'Huawei Technologies Co., Ltd. and its subsidiaries, such as Huawei Device Co., Ltd. and the chip designer HiSilicon. Registry spellings: "HUAWEI TECHNOLOGIES CO.,LTD" (966 MA-L blocks), '
 || '"Huawei Device Co., Ltd." (430), "Huawei Symantec Technologies Co.,Ltd." (a joint venture Huawei took over fully in 2012). '
 || 'Honor Device Co., Ltd. was sold by Huawei in November 2020, is on none of these lists and is not matched.',
 true, now(), now(), 0),
('01900000-0000-7000-8000-000000000004', 'ZTE', null,
 array['ZTE', 'ZTE Corporation', '中兴通讯'],
 array[]::varchar[],
 array['NDAA_889', 'FCC_COVERED_LIST'],
 'ZTE Corporation. Registry spelling: "zte corporation" (about 300 MA-L blocks). "SHANGHAI ZTE TECHNOLOGIES CO.,LTD" (an MA-M block) matches the word ZTE although its affiliation is unverified: '
 || 'add it to the exclusions if an inspection shows it unrelated. "ZTEC Instruments" does not match (whole words only).',
 true, now(), now(), 0),
('01900000-0000-7000-8000-000000000005', 'Hytera', null,
 array['Hytera', 'Hytera Communications', '海能达'],
 array[]::varchar[],
 array['NDAA_889', 'FCC_COVERED_LIST'],
 'Hytera Communications Corporation Limited (formerly HYT). Registry spellings: "Hytera Communications Corporation Limited", "Hytera Communications Co .,ltd".',
 true, now(), now(), 0);
