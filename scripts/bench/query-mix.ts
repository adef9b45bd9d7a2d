import { syntheticVocabulary } from "../../lib/catalogue/synthetic";
import { COUNTRIES, KINDS, LEVELS, THEMES, valuesOf } from "../../lib/catalogue/vocabularies";

// The bench's queries: a long tail like real traffic, where most answers are
// computed, not repeated. Deterministic (a seeded PRNG), so runs compare.

/** mulberry32: a small, fast, well-known 32-bit PRNG; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Single words from the real catalogue's titles (prisma/seed/catalogue), kept here so
// that the mix does not change when the catalogue does.
const CATALOGUE_WORDS = [
  "UNESCO", "Huawei", "Erasmus", "coalition", "Toyota", "Valnalón", "Asturias", "Barleti", "Bulgaria", "Skopje", "physics",
  "Oberth", "Malta", "Albania", "MINTvernetzt", "Teknikcollege", "Zukunft", "Turkish", "clearinghouse", "revitalizing",
  "competency", "together", "green", "youth", "skills", "platform", "action", "Aktionsplan", "actieplan", "entrepreneurship",
  "engagement", "gender", "Romania", "TechBridge", "refugees", "migrants", "QUAKESAFE", "earthquake", "sustainable", "lesson",
  "problem", "microscience", "experiments", "curriculum", "Kiezen", "Jongeren", "chips", "resolution", "paper",
  "roadmap", "baseline", "contest", "STEM@Home", "climate", "toolkit", "monitor", "innovation", "digital",
];
// Words a European audience types in its own language, and ones that match little.
const OTHER_LANGUAGE_WORDS = [
  "Schülerlabor", "Mädchen", "Lehrkräfte", "Naturwissenschaften", "ingénierie", "enseignants", "filles", "sciences", "robótica",
  "matemáticas", "niñas", "docentes", "wiskunde", "meisjes", "leerlingen", "profesori", "fete", "științe", "matematica", "scienze",
  "ragazze", "insegnanti", "математика", "наука", "κλιματική", "eğitim",
];
/** Single words that match a large share of the synthetic catalogue (checked against 10 000 generated entries). */
export const BROAD_WORDS = ["stem", "education", "science", "teachers", "school", "mint", "learning", "national", "network", "research", "pupils", "engineering"];
/** Words that match a few per cent of the synthetic catalogue or less. */
export const SELECTIVE_WORDS = ["robotics", "cybersecurity", "astronomy", "Valnalón", "quakesafe", "Schülerlabor", "drone", "biodiversity", "Tartu", "Plovdiv", "electronics", "game design"];

export const MIX_SIZE = 2000;
export const MIX_SEED = 15;

/** A misspelling: one letter dropped, doubled or swapped with the next. */
function typo(word: string, rng: () => number): string {
  const letters = [...word];
  if (letters.length < 4) return word;
  const i = 1 + Math.floor(rng() * (letters.length - 2));
  const kind = Math.floor(rng() * 3);
  if (kind === 0) letters.splice(i, 1);
  else if (kind === 1) letters.splice(i, 0, letters[i]!);
  else [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
  return letters.join("");
}

/** Picks a value with the given weights (they need not sum to 1). */
function weighted<T>(rng: () => number, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of options) if ((r -= w) < 0) return value;
  return options.at(-1)![0];
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/**
 * `count` distinct query strings (URLSearchParams form, no "?"): 0–3 words
 * (synthetic vocabulary, catalogue titles, other languages, some misspelt),
 * 0–2 countries, sometimes a kind, a level, a theme, a later page or a sort.
 */
export function queryMix(count = MIX_SIZE, seed = MIX_SEED): string[] {
  const rng = mulberry32(seed);
  const words = [...new Set([...syntheticVocabulary().map((w) => w.toLowerCase()), ...CATALOGUE_WORDS, ...OTHER_LANGUAGE_WORDS, ...BROAD_WORDS])];
  const countries = valuesOf(COUNTRIES);
  const mix = new Set<string>();
  for (let tries = 0; mix.size < count && tries < count * 20; tries++) {
    const params = new URLSearchParams();
    const wordCount = weighted(rng, [[0, 20], [1, 40], [2, 28], [3, 12]] as const);
    const q = Array.from({ length: wordCount }, () => {
      const word = pick(rng, words);
      return rng() < 0.1 ? typo(word, rng) : word;
    });
    if (q.length > 0) params.set("q", q.join(" "));
    const countryCount = weighted(rng, [[0, 50], [1, 35], [2, 15]] as const);
    for (const country of new Set(Array.from({ length: countryCount }, () => pick(rng, countries)))) params.append("country", country);
    if (rng() < 0.25) params.set("kind", pick(rng, valuesOf(KINDS)));
    if (rng() < 0.2) params.set("level", pick(rng, valuesOf(LEVELS)));
    if (rng() < 0.2) params.set("theme", pick(rng, valuesOf(THEMES)));
    if (rng() < 0.15) params.set("sort", pick(rng, ["newest", "title"]));
    if (rng() < 0.15) params.set("page", String(2 + Math.floor(rng() * 4)));
    mix.add(params.toString());
  }
  return [...mix];
}

/** The broad words alone, as query strings. */
export const broadQueries = (): string[] => BROAD_WORDS.map((q) => new URLSearchParams({ q }).toString());
/** The selective words alone, as query strings. */
export const selectiveQueries = (): string[] => SELECTIVE_WORDS.map((q) => new URLSearchParams({ q }).toString());
