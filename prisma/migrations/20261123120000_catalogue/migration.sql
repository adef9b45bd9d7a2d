-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "entries" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "title_lang" TEXT,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "countries" TEXT[],
    "levels" TEXT[],
    "themes" TEXT[],
    "languages" TEXT[],
    "source_author" TEXT,
    "website" TEXT,
    "year_start" INTEGER,
    "year_end" INTEGER,
    "status" TEXT,
    "impact" TEXT,
    "reach_text" TEXT,
    "participants" INTEGER,
    "schools" INTEGER,
    "girls_share" DOUBLE PRECISION,
    "budget" TEXT,
    "funding_model" TEXT,
    "funder" TEXT,
    "sdgs" INTEGER[],
    "sources" JSONB NOT NULL DEFAULT '[]',
    "origin" TEXT NOT NULL DEFAULT 'catalogue',
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entry_links" (
    "from_id" UUID NOT NULL,
    "to_id" UUID NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "entry_links_pkey" PRIMARY KEY ("from_id","to_id","role")
);

-- CreateIndex
CREATE UNIQUE INDEX "entries_slug_key" ON "entries"("slug");

-- CreateIndex
CREATE INDEX "entries_kind_idx" ON "entries"("kind");

-- CreateIndex
CREATE INDEX "entries_published_at_idx" ON "entries"("published_at");

-- CreateIndex
CREATE INDEX "entry_links_to_id_idx" ON "entry_links"("to_id");

-- AddForeignKey
ALTER TABLE "entry_links" ADD CONSTRAINT "entry_links_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_links" ADD CONSTRAINT "entry_links_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written: the PostgreSQL search engine (lib/search/postgres). Prisma's
-- datamodel does not describe these objects, which belong to the search engine.
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Text search configurations that ignore accents: "Valnalon" finds "Valnalón".
CREATE TEXT SEARCH CONFIGURATION ch_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION ch_english
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION ch_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION ch_simple
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- One row per published entry: what the search engine needs, nothing more.
CREATE TABLE "search_documents" (
    "entry_id" UUID PRIMARY KEY REFERENCES "entries"("id") ON DELETE CASCADE,
    "doc_no" INTEGER GENERATED ALWAYS AS IDENTITY UNIQUE,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "title_lang" TEXT,
    "summary" TEXT NOT NULL,
    "countries" TEXT[] NOT NULL,
    "levels" TEXT[] NOT NULL,
    "themes" TEXT[] NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL,
    "sort_title" TEXT COLLATE "C" NOT NULL,
    -- Title and summary only: small enough to rank thousands of matches quickly.
    "head" TSVECTOR NOT NULL,
    -- Everything searchable, for matching (GIN).
    "document" TSVECTOR NOT NULL
);
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING GIN ("document");
CREATE INDEX "search_documents_published_idx" ON "search_documents" ("published_at" DESC, "slug");
CREATE INDEX "search_documents_title_idx" ON "search_documents" ("sort_title", "slug");
CREATE INDEX "search_documents_countries_idx" ON "search_documents" USING GIN ("countries");
CREATE INDEX "search_documents_levels_idx" ON "search_documents" USING GIN ("levels");
CREATE INDEX "search_documents_themes_idx" ON "search_documents" USING GIN ("themes");
CREATE INDEX "search_documents_kind_idx" ON "search_documents" ("kind");

-- Every word the catalogue uses, for typo tolerance through trigram similarity.
CREATE TABLE "search_terms" (
    "term" TEXT COLLATE "C" PRIMARY KEY
);
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops);

-- Bumped in the same transaction as every change of search_documents, so that
-- caches of search results and facet data know when they are stale.
CREATE TABLE "search_state" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "generation" BIGINT NOT NULL
);
INSERT INTO "search_state" ("id", "generation") VALUES (1, 0);
