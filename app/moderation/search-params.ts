export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export { firstParam } from "@/lib/forms/input-text";
