-- Issue 15, item 18: the language a user chose is stored with their account (user_account.locale, present since V1
-- but never written). Only the languages the portal speaks are stored; anything else there means "not chosen".
UPDATE user_account SET locale = NULL WHERE locale IS NOT NULL AND locale NOT IN ('ja', 'en');
ALTER TABLE user_account ADD CONSTRAINT user_account_locale_ck CHECK (locale IS NULL OR locale IN ('ja', 'en'));
