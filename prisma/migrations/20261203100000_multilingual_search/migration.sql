-- Stemming in the languages of the catalogue's entries (lib/search/sql/stemming.ts):
-- like ch_english, each ignores accents before stemming, so "Lehrerfortbildungen"
-- and "lehrerfortbildung" meet. Entries in these languages are indexed with their
-- own stemmer as well as English, and queries are stemmed with every one.

CREATE TEXT SEARCH CONFIGURATION ch_danish (COPY = danish);
ALTER TEXT SEARCH CONFIGURATION ch_danish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, danish_stem;
CREATE TEXT SEARCH CONFIGURATION ch_german (COPY = german);
ALTER TEXT SEARCH CONFIGURATION ch_german ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION ch_greek (COPY = greek);
ALTER TEXT SEARCH CONFIGURATION ch_greek ALTER MAPPING FOR hword, hword_part, word WITH unaccent, greek_stem;
CREATE TEXT SEARCH CONFIGURATION ch_spanish (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION ch_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION ch_estonian (COPY = estonian);
ALTER TEXT SEARCH CONFIGURATION ch_estonian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, estonian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_finnish (COPY = finnish);
ALTER TEXT SEARCH CONFIGURATION ch_finnish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, finnish_stem;
CREATE TEXT SEARCH CONFIGURATION ch_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION ch_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION ch_irish (COPY = irish);
ALTER TEXT SEARCH CONFIGURATION ch_irish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, irish_stem;
CREATE TEXT SEARCH CONFIGURATION ch_hungarian (COPY = hungarian);
ALTER TEXT SEARCH CONFIGURATION ch_hungarian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, hungarian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_italian (COPY = italian);
ALTER TEXT SEARCH CONFIGURATION ch_italian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_lithuanian (COPY = lithuanian);
ALTER TEXT SEARCH CONFIGURATION ch_lithuanian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, lithuanian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_dutch (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION ch_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
CREATE TEXT SEARCH CONFIGURATION ch_norwegian (COPY = norwegian);
ALTER TEXT SEARCH CONFIGURATION ch_norwegian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, norwegian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_portuguese (COPY = portuguese);
ALTER TEXT SEARCH CONFIGURATION ch_portuguese ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION ch_romanian (COPY = romanian);
ALTER TEXT SEARCH CONFIGURATION ch_romanian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, romanian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_serbian (COPY = serbian);
ALTER TEXT SEARCH CONFIGURATION ch_serbian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, serbian_stem;
CREATE TEXT SEARCH CONFIGURATION ch_swedish (COPY = swedish);
ALTER TEXT SEARCH CONFIGURATION ch_swedish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
CREATE TEXT SEARCH CONFIGURATION ch_turkish (COPY = turkish);
ALTER TEXT SEARCH CONFIGURATION ch_turkish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, turkish_stem;

-- Which version of lib/search/postgres/indexer.ts wrote the search documents.
-- Documents written by an older one are rewritten at start (index-version.ts):
-- these were written without the new stemmers and Latin spellings.
ALTER TABLE "search_state" ADD COLUMN "index_version" INTEGER NOT NULL DEFAULT 1;
