-- Eight-digit codes emailed to prove that whoever is signing in or registering reads the
-- account's email. A code belongs to the pending sign-in or registration that asked for it (its id
-- is kept in that browser's session), is stored as a slow hash, and dies after one use, ten
-- minutes or five wrong guesses. A decoy has no account and no code: it stands in when an address
-- that already has an account is registered again, so the page cannot tell the two apart.
create table emailed_code (
    id         varchar(36) primary key,
    purpose    varchar(20)  not null,
    account_id bigint references account (id) on delete cascade,
    code_hash  varchar(200),
    expires_at timestamp with time zone not null,
    failures   integer      not null default 0,
    resends    integer      not null default 0,
    used_at    timestamp with time zone,
    voided_at  timestamp with time zone,
    created_at timestamp with time zone not null
);

create index emailed_code_account_ix on emailed_code (account_id, purpose);

-- Links emailed for a forgotten password: single use, short-lived, stored as a SHA-256 hash of a
-- 256-bit random token, so the table alone cannot be used to reset anyone's password.
create table password_reset_link (
    token_hash varchar(64) primary key,
    account_id bigint      not null references account (id) on delete cascade,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    created_at timestamp with time zone not null
);

create index password_reset_link_account_ix on password_reset_link (account_id);
