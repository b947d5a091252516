-- H2: V12 created no expression index (see db/vendor/postgresql/V83); this file keeps the version history alike.
SELECT 1;
