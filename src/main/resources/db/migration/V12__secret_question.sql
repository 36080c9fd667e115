-- The seeds' secret question (seed 001, "Resetting / Forgotten Passwords"), asked only under the
-- seed-compatible password policy: the question chosen at registration (a SecretQuestion name)
-- and a hash of its normalised answer, never the answer itself.
alter table account add column secret_question varchar(200);
alter table account add column secret_answer_hash varchar(200);

-- Secrets the installation makes for itself on first use, such as the key that picks the
-- question shown for an address that has no account.
create table installation_secret (
    name   varchar(50)  primary key,
    secret varchar(100) not null
);
