-- Accounts people open themselves: unverified until the emailed code proves the address, and a
-- professional's work details (seed 000, "Register a New Account"). Accounts opened before this
-- (the first administrator, the demo's) were opened by someone who vouched for the address.
alter table account add column verified_at timestamp with time zone;
alter table account add column job_title varchar(100);
alter table account add column organisation varchar(200);
alter table account add column work_address varchar(500);
alter table account add column work_phone varchar(40);
alter table account add column password_changed_at timestamp with time zone;
update account set verified_at = created_at, password_changed_at = created_at;
