-- Hand-written, no datamodel change: stored web addresses are http or https
-- only (issue 10, item 7). lib/forms/web-address.ts checks the same rule on
-- every form, import and the API. A javascript: or data: address already
-- stored is dropped (the website set to NULL, a source keeps its title and
-- loses its address), then CHECK constraints refuse any new one, whichever
-- path writes it.

-- NULL passes: "no address" is always allowed.
CREATE FUNCTION web_address_ok(text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT $1 IS NULL OR $1 ~* '^https?://[^[:space:][:cntrl:]]+$' $$;

-- A list of sources (JSON array of objects) whose every "url" passes.
CREATE FUNCTION web_addresses_ok(jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof($1) = 'array' THEN $1 ELSE '[]'::jsonb END) AS s
    WHERE jsonb_typeof(s) = 'object' AND s ? 'url' AND NOT public.web_address_ok(s ->> 'url')
  ) $$;

-- Used by this migration only, dropped at its end.
CREATE FUNCTION sources_without_bad_addresses(jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN public.web_addresses_ok($1) THEN $1 ELSE (
    SELECT jsonb_agg(CASE WHEN jsonb_typeof(s) = 'object' AND NOT public.web_address_ok(s ->> 'url') THEN s - 'url' ELSE s END ORDER BY n)
    FROM jsonb_array_elements($1) WITH ORDINALITY AS t(s, n)
  ) END $$;

CREATE FUNCTION content_without_bad_addresses(jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN jsonb_typeof($1) <> 'object' THEN $1 ELSE
    (CASE WHEN public.web_address_ok($1 ->> 'website') THEN $1 ELSE $1 - 'website' END)
    || (CASE WHEN jsonb_typeof($1 -> 'sources') = 'array' THEN jsonb_build_object('sources', public.sources_without_bad_addresses($1 -> 'sources')) ELSE '{}'::jsonb END)
  END $$;

UPDATE "entries" SET "website" = NULL WHERE NOT web_address_ok("website");
UPDATE "entries" SET "sources" = sources_without_bad_addresses("sources") WHERE NOT web_addresses_ok("sources");
UPDATE "proposals" SET "content" = content_without_bad_addresses("content")
  WHERE NOT web_address_ok("content" ->> 'website') OR NOT web_addresses_ok("content" -> 'sources');
UPDATE "proposals" SET "reviewed_content" = content_without_bad_addresses("reviewed_content")
  WHERE NOT web_address_ok("reviewed_content" ->> 'website') OR NOT web_addresses_ok("reviewed_content" -> 'sources');
UPDATE "entry_versions" SET "content" = content_without_bad_addresses("content")
  WHERE NOT web_address_ok("content" ->> 'website') OR NOT web_addresses_ok("content" -> 'sources');

DROP FUNCTION content_without_bad_addresses(jsonb);
DROP FUNCTION sources_without_bad_addresses(jsonb);

ALTER TABLE "entries" ADD CONSTRAINT "entries_website_check" CHECK (web_address_ok("website"));
ALTER TABLE "entries" ADD CONSTRAINT "entries_sources_check" CHECK (web_addresses_ok("sources"));
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_content_addresses_check"
  CHECK (web_address_ok("content" ->> 'website') AND web_addresses_ok("content" -> 'sources'));
