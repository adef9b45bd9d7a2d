-- CreateTable
CREATE TABLE "imports" (
    "id" UUID NOT NULL,
    "created_by_id" UUID,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "organisation_id" UUID,
    "skip_duplicates" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL,
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "rows" JSONB NOT NULL DEFAULT '[]',
    "report" JSONB NOT NULL DEFAULT '{}',
    "error_text" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "imports_created_at_idx" ON "imports"("created_at");

-- AddForeignKey
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imports" ADD CONSTRAINT "imports_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: the values lib/imports writes, so a typo in code fails loudly.
ALTER TABLE "imports" ADD CONSTRAINT "imports_state_check" CHECK ("state" IN ('rejected', 'checked', 'running', 'done', 'failed'));
ALTER TABLE "imports" ADD CONSTRAINT "imports_mode_check" CHECK ("mode" IN ('proposals', 'publish'));
ALTER TABLE "imports" ADD CONSTRAINT "imports_format_check" CHECK ("format" IN ('csv', 'json'));

-- Hand-written: likely duplicates of thousands of imported rows at once
-- (lib/imports/duplicates.ts) look titles up through a trigram index instead
-- of comparing every row with every entry. unaccent() is only STABLE (its
-- dictionary could change), so an IMMUTABLE wrapper names the dictionary.
CREATE FUNCTION title_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE INDEX "entries_title_fold_trgm_idx" ON "entries" USING GIN (title_fold("title") gin_trgm_ops);
