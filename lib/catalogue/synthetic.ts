import type { Entry } from "./schema";
import { COUNTRIES, THEMES, labelOf, valuesOf, type CountryCode, type Kind, type LanguageCode, type Level, type Theme } from "./vocabularies";

// Synthetic catalogue entries for benchmarks: deterministic (entry i depends
// only on the seed and i), varied, and skewed the way real data is.

type Rng = () => number;

function rngFor(seed: number, index: number): Rng {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.split(" ").map((w) => (w === "and" ? w : cap(w))).join(" ");
const listText = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** A Zipf-like weighted sampler: the first values are much more common than the last. */
function zipf<T>(ordered: readonly T[], exponent: number) {
  const cumulative: number[] = [];
  ordered.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1) ** exponent), 0);
  const total = cumulative.at(-1)!;
  return (rng: Rng): T => {
    const r = rng() * total;
    return ordered[cumulative.findIndex((c) => c >= r)] ?? ordered[0]!;
  };
}

function distinct<T>(rng: Rng, sample: (rng: Rng) => T, count: number, start: T[] = []): T[] {
  const set = new Set(start);
  for (let tries = 0; set.size < count && tries < 50; tries++) set.add(sample(rng));
  return [...set];
}

/** The given values first, in order, then the rest of the vocabulary. */
function popular<T extends string>(first: T[], all: T[]): T[] {
  return [...first, ...all.filter((v) => !first.includes(v))];
}

const POPULAR_COUNTRIES: CountryCode[] = ["RO", "DE", "ES", "IT", "FR", "PL", "GR", "NL", "PT", "GB", "BE", "AT", "BG", "HU", "IE", "CZ", "SE", "FI", "UA", "TR", "RS", "HR", "MD"];
const POPULAR_THEMES: Theme[] = ["digital-skills", "hands-on-experiments", "teacher-training", "gender-equality", "mathematics", "climate-sustainability", "careers"];
const LEVELS_BY_FREQUENCY: Level[] = ["lower-secondary", "primary", "upper-secondary", "teacher-development", "vocational", "higher-education", "early-childhood", "adult-learning"];
const KINDS_BY_FREQUENCY: Kind[] = ["programme", "resource", "project-team", "publication", "platform", "organisation", "event"];

const countryOf = zipf(popular(POPULAR_COUNTRIES, valuesOf(COUNTRIES)), 1);
const themeOf = zipf(popular(POPULAR_THEMES, valuesOf(THEMES)), 0.9);
const levelOf = zipf(LEVELS_BY_FREQUENCY, 0.8);
const kindOf = zipf(KINDS_BY_FREQUENCY, 0.7);

const TOPICS: [string, Theme[]][] = [
  ["robotics", ["digital-skills", "hands-on-experiments"]], ["coding", ["digital-skills"]], ["maker space", ["hands-on-experiments", "steam-arts"]],
  ["climate lab", ["climate-sustainability", "hands-on-experiments"]], ["maths circle", ["mathematics"]], ["earthquake-safe schools", ["earthquake-engineering"]],
  ["astronomy", ["science-outreach"]], ["renewable energy", ["climate-sustainability", "careers"]], ["artificial intelligence", ["digital-skills"]],
  ["citizen science", ["science-outreach", "research-evidence"]], ["3D printing", ["hands-on-experiments", "entrepreneurship"]], ["data literacy", ["digital-skills", "mathematics"]],
  ["biodiversity fieldwork", ["climate-sustainability"]], ["electronics", ["hands-on-experiments"]], ["space science", ["science-outreach"]], ["chemistry", ["hands-on-experiments"]],
  ["game design", ["digital-skills", "steam-arts"]], ["cybersecurity", ["digital-skills", "careers"]], ["green entrepreneurship", ["entrepreneurship", "climate-sustainability"]],
  ["drone engineering", ["industry-partnership", "careers"]], ["structural engineering", ["earthquake-engineering", "careers"]], ["statistics", ["mathematics", "research-evidence"]],
];
const AUDIENCES: [string, Theme[], Level[]][] = [
  ["girls", ["gender-equality"], []], ["young women", ["gender-equality"], ["upper-secondary"]], ["refugee and migrant pupils", ["refugees-migrants"], []],
  ["rural schools", ["inclusion"], []], ["teachers", ["teacher-training"], ["teacher-development"]], ["primary pupils", [], ["primary"]],
  ["secondary students", [], ["lower-secondary", "upper-secondary"]], ["vocational learners", ["careers"], ["vocational"]], ["families", ["science-outreach"], []],
  ["Roma communities", ["inclusion"], []], ["university students", [], ["higher-education"]], ["adult learners", [], ["adult-learning"]], ["young people", [], []],
];
const NOUNS: Record<Kind, string[]> = {
  programme: ["Programme", "Academy", "Club Network", "Challenge", "Summer School", "Initiative", "Bootcamp", "Fellowship"],
  platform: ["Platform", "Portal", "Hub", "Online Community", "Repository", "Observatory"],
  publication: ["Report", "Policy Brief", "Handbook", "Study", "Review", "White Paper"],
  resource: ["Lesson Kit", "Toolkit", "Teacher Guide", "Activity Cards", "MOOC", "Video Series", "Lab Manual"],
  "project-team": ["Project Team", "Consortium", "Pilot", "Partnership"],
  organisation: ["Foundation", "Association", "Science Centre", "Institute", "Society", "Network"],
  event: ["Conference", "Workshop", "Webinar", "Contest", "Summit", "Roundtable"],
};
const REGIONS = ["Danube", "Carpathian", "Baltic", "Nordic", "Alpine", "Aegean", "Balkan", "Iberian", "Atlantic", "Adriatic", "Black Sea", "Pannonian", "Rhine", "European"];
const CITIES = ["Cluj", "Gijón", "Tartu", "Porto", "Graz", "Lviv", "Ghent", "Thessaloniki", "Kraków", "Brno", "Turin", "Cork", "Tampere", "Plovdiv", "Split", "Chișinău", "İzmir", "Lyon"];

// Non-English titles: [language, share, countries, forms with {t} topic and {c} city, topics, cities, a sentence].
const FOREIGN: [LanguageCode, number, CountryCode[], string[], string[], string[], string][] = [
  ["de", 35, ["DE", "AT", "CH"], ["{t}-Werkstatt für Mädchen", "{t} an Grundschulen", "Schülerlabor {t} {c}", "Lehrkräftefortbildung {t}", "Zukunftswerkstatt {t}", "MINT-Netzwerk {c}"],
    ["Robotik", "Programmieren", "Klimaforschung", "Mathematik", "Physik", "Erdbebensicherheit", "Nachhaltigkeit"], ["München", "Köln", "Graz", "Zürich", "Düsseldorf"],
    "Schülerinnen und Schüler arbeiten in kleinen Gruppen an eigenen Projekten; die Teilnahme ist für Schulen kostenlos."],
  ["es", 20, ["ES"], ["Taller de {t} en {c}", "{t} para niñas y jóvenes", "Escuela de verano de {t}", "Formación docente en {t}", "{t} en la escuela rural"],
    ["Robótica", "Programación", "Matemáticas", "Ciencia", "Ingeniería", "Sostenibilidad", "Física"], ["Gijón", "Sevilla", "Valencia", "Bilbao", "Córdoba"],
    "El alumnado trabaja en pequeños grupos con mentoras del sector tecnológico y la participación es gratuita."],
  ["fr", 20, ["FR", "BE", "LU"], ["Atelier de {t} pour filles", "{t} à l'école primaire", "Club {t} de {c}", "Laboratoire itinérant de {t}", "Académie des enseignants en {t}"],
    ["Robotique", "Programmation", "Mathématiques", "Sciences", "Ingénierie", "Électronique", "Énergie"], ["Lyon", "Lille", "Liège", "Genève", "Besançon"],
    "Les élèves travaillent en petits groupes avec des ingénieures bénévoles ; la participation est gratuite pour les établissements."],
  ["nl", 12, ["NL", "BE"], ["{t} voor meisjes", "Lab {t} voor basisscholen", "Techniekpact {c}", "{t} in de klas", "Zomerschool {t}"],
    ["Robotica", "Programmeren", "Klimaat", "Wiskunde", "Techniek", "Duurzaamheid"], ["Gent", "Utrecht", "Eindhoven", "Leuven", "Groningen"],
    "Leerlingen werken in kleine groepen aan échte vraagstukken uit hun eigen omgeving."],
  ["ro", 13, ["RO", "MD"], ["Cercul de {t} din {c}", "{t} pentru fete", "Academia profesorilor de {t}", "Laborator de {t} în școli rurale", "Școala de vară de {t}"],
    ["Robotică", "Programare", "Matematică", "Științe", "Inginerie", "Fizică"], ["Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Chișinău"],
    "Elevii lucrează în echipe mici, îndrumați de profesori și voluntari din industrie; participarea este gratuită pentru școli."],
];
const foreignPick = (rng: Rng) => {
  let r = rng() * 100;
  for (const f of FOREIGN) if ((r -= f[1]) < 0) return f;
  return FOREIGN[0]!;
};

const ACTIVITIES = ["weekly after-school {t} clubs", "a two-year {t} programme", "hands-on {t} workshops", "an open collection of {t} lesson plans", "a national {t} competition",
  "a blended-learning course on {t}", "mobile {t} labs visiting schools", "a mentoring scheme in {t}", "a summer camp on {t}", "a peer-learning network about {t}"];
const PURPOSES = ["to build confidence in engineering", "linking classroom maths to local industry", "to raise interest in STEM careers", "designed with teachers and researchers",
  "based on inquiry-based learning", "so that every learner can experiment", "with a strong focus on equity", "to make science part of everyday life"];
const PARTNERS = ["a university of technology", "the national science centre", "a network of teacher academies", "a regional education authority", "a non-profit foundation",
  "a consortium of schools and companies", "the ministry of education", "a local engineering chamber"];
const FUNDERS = ["Erasmus+", "Horizon Europe", "UNESCO", "the national ministry of education", "a regional development agency", "local industry partners", "the European Social Fund"];
const INDUSTRIES = ["energy", "automotive", "software", "construction", "aerospace", "pharmaceutical", "telecommunications", "agri-food"];
const SENTENCES = [
  "Sessions combine short explanations with hands-on tasks, so that {a} design, build and test their own solutions.",
  "Teachers receive {n} hours of training and a kit of materials they can reuse in class.",
  "An evaluation by {p} found higher interest in STEM careers among participants, especially among girls.",
  "Activities follow the national curriculum in {c} and can be adapted to {l}.",
  "Materials are openly licensed and available in several languages.",
  "Employers from the {i} sector host visits and offer mentors.",
  "The work contributes to {th}.",
  "Schools in remote and disadvantaged areas are given priority.",
  "A yearly showcase lets teams present their {t} projects to families, researchers and policy makers.",
  "The approach draws on inquiry-based science education and design thinking.",
  "Funding comes from {f}, with in-kind support from {p}.",
  "Lessons learned are shared through the regional STEM alliance and its network of national platforms.",
  "Online meetups connect {a} across borders to compare results and exchange ideas.",
  "Particular attention is paid to accessibility for learners with disabilities.",
  "Teachers co-design the activities and report back on what works in their classrooms.",
  "Pupils measure, record and analyse real data, then discuss what the numbers mean for their community.",
  "A short online course introduces newcomers to {t} before their first session.",
];

function slugWords(title: string): string {
  const words = title.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.slice(0, 4).join("-").slice(0, 60).replace(/-+$/, "");
}

function generateOne(seed: number, index: number): Entry {
  const rng = rngFor(seed, index);
  const kind = kindOf(rng);
  const [topic, topicThemes] = pick(rng, TOPICS);
  const [audience, audienceThemes, audienceLevels] = pick(rng, AUDIENCES);
  const foreign = rng() < 0.15 ? foreignPick(rng) : undefined;
  const noun = pick(rng, NOUNS[kind]);
  const Topic = titleCase(topic);
  const title = foreign
    ? pick(rng, foreign[3]).replace("{t}", pick(rng, foreign[4])).replace("{c}", pick(rng, foreign[5]))
    : pick(rng, [`${pick(rng, REGIONS)} ${Topic} ${noun}`, `${Topic} ${noun} for ${titleCase(audience)}`, `${titleCase(audience)} in ${Topic}`,
        `${pick(rng, CITIES)} ${Topic} ${noun}`, `${noun} on ${Topic}`]);

  const countries = distinct(rng, countryOf, int(rng, 1, 3) - (foreign ? 1 : 0), foreign ? [pick(rng, foreign[2])] : []);
  const levels = distinct(rng, levelOf, Math.max(audienceLevels.length, int(rng, 1, 3)), audienceLevels.slice(0, 3)).slice(0, 3);
  const themes = distinct(rng, themeOf, int(rng, 1, 4), [...new Set([...audienceThemes, ...topicThemes])].slice(0, 3)).slice(0, 4);
  const c = listText(countries.map((code) => labelOf("country", code)));

  const dated = kind !== "organisation" || rng() < 0.5;
  const status = kind === "publication" || kind === "resource" ? undefined : kind === "organisation" ? "ongoing" : pick(rng, ["ongoing", "ongoing", "completed", "completed", "planned"] as const);
  const yearStart = status === "planned" ? int(rng, 2026, 2027) : 2025 - Math.floor(20 * rng() ** 2);
  const yearEnd = status === "completed" ? Math.min(2025, yearStart + int(rng, 1, 4)) : undefined;
  const participants = (kind === "programme" || kind === "project-team") && rng() < 0.5 ? Math.round(50 * 1000 ** rng()) : undefined;

  const fill = (s: string) =>
    s.replaceAll("{t}", topic).replaceAll("{a}", audience).replaceAll("{c}", c).replaceAll("{n}", String(int(rng, 2, 12) * 4))
      .replaceAll("{p}", pick(rng, PARTNERS)).replaceAll("{f}", pick(rng, FUNDERS)).replaceAll("{i}", pick(rng, INDUSTRIES))
      .replaceAll("{l}", listText(levels.map((l) => labelOf("level", l).replace(/ \(.*\)/, "").toLowerCase())))
      .replaceAll("{th}", listText(themes.map((t) => labelOf("theme", t).toLowerCase())));
  const summary = `${cap(pick(rng, ACTIVITIES).replace("{t}", topic))} for ${audience} in ${c}, ${pick(rng, PURPOSES)}.`;
  const target = 300 + rng() * 900;
  let description = fill(`This ${labelOf("kind", kind).toLowerCase()} was set up${dated ? ` in ${yearStart}` : ""} by {p} to bring ${topic} into everyday learning for {a}.`);
  if (foreign) description += ` ${foreign[6]}`;
  const rest = [...SENTENCES];
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  for (const s of rest) {
    if (description.length >= target) break;
    const sentence = fill(s);
    if (description.length + sentence.length + 1 <= 1200) description += ` ${sentence}`;
  }

  return {
    slug: `synthetic-${index}-${slugWords(title)}`.replace(/-$/, ""),
    kind,
    title,
    ...(foreign ? { titleLang: foreign[0] } : {}),
    summary,
    description,
    countries,
    levels,
    themes,
    languages: foreign ? [foreign[0], "en"] : ["en"],
    links: [],
    translations: {},
    ...(dated ? { yearStart } : {}),
    ...(dated && yearEnd ? { yearEnd } : {}),
    ...(status ? { status } : {}),
    ...(participants ? { reach: { participants, schools: Math.max(1, Math.round(participants / int(rng, 20, 200))), ...(themes.includes("gender-equality") ? { girlsShare: int(rng, 45, 95) } : {}) } } : {}),
    ...(rng() < 0.3 ? { funder: pick(rng, FUNDERS) } : {}),
    sdgs: distinct(rng, () => pick(rng, [4, 4, 5, 9, 13, 10, 8]), int(rng, 1, 3), [4]),
    sources: [{ title: "Synthetic benchmark data" }],
    ...(kind === "event" ? syntheticEvent(rng, dated ? yearStart : 2026) : {}),
  };
}

/** An event's day in its year, 09:00 to 17:00 in Brussels, and how it is held. */
function syntheticEvent(rng: () => number, year: number) {
  const day = `${year}-${String(int(rng, 1, 12)).padStart(2, "0")}-${String(int(rng, 1, 28)).padStart(2, "0")}`;
  return { startsAt: `${day}T09:00`, endsAt: `${day}T17:00`, timeZone: "Europe/Brussels", eventFormat: pick(rng, ["onsite", "online", "hybrid"] as const) };
}

/** `count` synthetic entries numbered from `startIndex`; the same seed and index always give the same entry. */
export function generateSyntheticEntries(count: number, options: { seed?: number; startIndex?: number } = {}): Entry[] {
  const { seed = 1, startIndex = 0 } = options;
  return Array.from({ length: count }, (_, i) => generateOne(seed, startIndex + i));
}

export const SYNTHETIC_ORIGIN = "synthetic";

/** The words synthetic titles and texts are made of, for benchmarks that search them (scripts/bench). */
export function syntheticVocabulary(): string[] {
  const phrases = [
    ...TOPICS.map(([t]) => t), ...AUDIENCES.map(([a]) => a), ...Object.values(NOUNS).flat(), ...REGIONS, ...CITIES,
    ...FOREIGN.flatMap((f) => [...f[4], ...f[5]]), ...INDUSTRIES,
  ];
  const words = phrases.flatMap((p) => p.split(/[\s-]+/)).filter((w) => w.length > 2 && !["and", "for", "the", "in", "on"].includes(w.toLowerCase()));
  return [...new Set(words)];
}
