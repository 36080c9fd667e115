-- Schools without shared passwords (seed 002, "Register the DMS/DT and Nominated school/college
-- email"): a setting has a nominated email and members with their own accounts. The Virtual
-- School lists the people it expects (the Designated Teacher, the nominated address) before they
-- have accounts; whoever proves they own a listed address becomes a member.
alter table education_setting add column nominated_email varchar(320);

-- Emails are stored lower-cased, as account emails are, so a listing matches whatever case the
-- person registers with.
create table setting_listed_person (
    setting_id bigint       not null references education_setting (id),
    email      varchar(320) not null,
    forename   varchar(100),
    surname    varchar(100),
    job_title  varchar(100) not null,
    listed_at  timestamp with time zone not null,
    primary key (setting_id, email)
);

create index setting_listed_person_email_ix on setting_listed_person (email);

-- Members before this migration were added by the demo or by hand; they date from now.
alter table setting_member add column added_at timestamp with time zone;
update setting_member set added_at = current_timestamp;
alter table setting_member alter column added_at set not null;
