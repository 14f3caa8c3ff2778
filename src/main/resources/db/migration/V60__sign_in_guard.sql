-- Failed sign-ins per account and per client address (SignInGuard): one rule for every door, shared by
-- all nodes. An account row exists only while it has recent failures or a lock; an address row only
-- while it has recent failures or is blocked. Old rows are deleted hourly.
CREATE TABLE sign_in_account (
    user_id         varchar(64)  PRIMARY KEY,
    failures        integer      NOT NULL,
    last_failure_at timestamp with time zone,
    locked_until    timestamp with time zone,
    last_address    varchar(64)
);
CREATE TABLE sign_in_address (
    address       varchar(64)  PRIMARY KEY,
    failures      integer      NOT NULL,
    window_start  timestamp with time zone,
    blocked_until timestamp with time zone
);
