import "server-only";
import { db } from "@/lib/db";
import type { SearchEngine } from "../types";
import { indexDocuments, removeDocuments } from "./indexer";
import { searchDocuments } from "./search";

export const postgresEngine: SearchEngine = {
  name: "postgres",
  index: indexDocuments,
  remove: removeDocuments,
  search: searchDocuments,
  async ping() {
    const rows = await db.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok FROM search_documents LIMIT 1`;
    return Array.isArray(rows);
  },
};
