-- The hashes of passwords an account had before, for the seed-compatible parent policy's "different
-- to your previous 8 passwords". created_at is when the password stopped being used; only the
-- last 8 of each account are kept.
create table password_history (
    account_id    bigint       not null references account (id) on delete cascade,
    password_hash varchar(200) not null,
    created_at    timestamp with time zone not null
);

create index password_history_account_ix on password_history (account_id, created_at);
