-- issue 33, Vietnam's tariff schedule: the MFN and preferential rates of each national line, held by version (a newer
-- schedule adds a version and the old stays: offers are priced against the schedule in force on a day).

-- A version of the schedule, in force from a day until the next version's day. sha256 is the two files' checksum:
-- the same files again are this version. agreements are the preferential file's columns, in the order every line's
-- printed values are held.
create table tariff_schedule (
    schedule_id    bigint      generated always as identity primary key,
    in_force_from  date        not null unique,
    source         text        not null check (source <> ''),
    sha256         text        not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    file_year      integer     not null check (file_year between 1900 and 2099),
    lines          integer     not null check (lines > 0),
    agreements     text[]      not null,
    loaded_by      text        not null check (loaded_by <> ''),
    loaded_at      timestamptz not null default now()
);

-- A national (8-digit) line. mfn_percent is null when the rate is not a number (mfn_text says why: Chapter 98);
-- out_of_quota_percent for a tariff-quota line; printed holds every agreement's value exactly as printed, in the
-- schedule's agreements order (read by the conventions of tariffs.PrintedRates).
create table tariff_line (
    schedule_id          bigint  not null references tariff_schedule (schedule_id),
    hs_code              text    not null check (hs_code ~ '^[0-9]{8}$'),
    mfn_percent          numeric check (mfn_percent >= 0),
    mfn_text             text,
    out_of_quota_percent numeric check (out_of_quota_percent >= 0),
    general_text         text,
    printed              text[]  not null,
    primary key (schedule_id, hs_code),
    check (mfn_percent is not null or mfn_text is not null)
);
