-- H2: prefix searches use the ordinary indexes of V11; H2 has no expression indexes, so a Latin-name search
-- scans on H2 (the development database). Nothing to create; this file keeps the version history alike.
SELECT 1;
