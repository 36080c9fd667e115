-- Failed sign-ins, counted per key so that every portal node sees the same waits. A key is a
-- kind and a value: "account:" and the email address typed (whether or not it has an account,
-- so an unknown address and a wrong password are throttled alike), or "address:" and the
-- client's IP address. blocked_until is when the wait imposed by the last failure ends; it is
-- never later than the longest wait after last_failure_at, so no key is locked for good.
create table sign_in_throttle (
    throttle_key    varchar(340) not null,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone not null,
    constraint sign_in_throttle_pk primary key (throttle_key)
);

create index sign_in_throttle_last_failure_ix on sign_in_throttle (last_failure_at);
