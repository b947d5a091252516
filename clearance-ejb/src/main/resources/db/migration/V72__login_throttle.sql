-- Login throttling (issue 19): consecutive failed logins of an account and the time until which it is locked.
ALTER TABLE user_account ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP;
