-- PostgreSQL only: the Latin name is no longer searched by upper(latin_name) (V12) but by its keys (V80-V82).
DROP INDEX person_latin_upper_prefix_ix;
