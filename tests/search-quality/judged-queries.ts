import type { Facet } from "@/lib/catalogue/vocabularies";

// The judged queries of the search-quality benchmark (issue 13): what Europe's
// teachers and officials type, in their languages and scripts, and the entries
// of the real catalogue (prisma/seed/catalogue) that each of them must find.
// Every expectation rests on what the entry says (title, summary, description,
// countries, levels, themes); none was chosen because an engine passes it.

export const CASES = [
  "english",
  "typo",
  "accent",
  "own-language",
  "other-script",
  "place",
  "region",
  "country-phrase",
  "partial",
  "cut-short",
  "mixed",
] as const;
export type Case = (typeof CASES)[number];

export type Script = "latin" | "cyrillic" | "greek";

export type JudgedQuery = {
  q: string;
  /** ISO 639-1 code of the query's language, or "mixed". */
  lang: string;
  script: Script;
  case: Case;
  /** Slugs that must all appear among the first `within` hits. */
  expect: string[];
  within: 3 | 10;
  filters?: Partial<Record<Facet, string[]>>;
};

// The shares of judged queries that must succeed: the figures the multilingual
// search reached (98.9 % within each query's depth, 97.3 % in the top 3),
// rounded down, so a change that makes search worse fails the integration test.
/** Every expected entry within the query's depth (3, or 10 for broad queries). */
export const MIN_SUCCESS = 0.98;
/** Every expected entry in the top 3, whatever the query's depth. */
export const MIN_SUCCESS_AT_3 = 0.97;

// Slugs used by many queries, named once so a typo in one shows at type-check time
// as an unknown name rather than as a silent miss.
const QUAKESAFE = "quakesafe";
const SKOPJE_UNIVERSITY = "ss-cyril-and-methodius-university-skopje";
const MALTA_LESSON_STUDY = "teaching-primary-mathematics-through-problem-solving-lesson-study";
const MICROSCIENCE = "unesco-microscience-experiments-romania";
const GENDER_ROMANIA = "gender-and-stem-education-in-romania";
const TECHBRIDGE = "techbridge";
const UCL_5050 = "ucl-50-50-engineering-engagement-initiative";
const UCL = "ucl-engineering";
const EP_GENDER = "ep-resolution-gender-equality-stem-2021";
const CLIMATE_TOOLKIT = "climate-education-toolkit";
const CHIPS_ACT = "chips-act-for-europe";
const TEKNIKCOLLEGE = "teknikcollege";
const MINTVERNETZT = "mintvernetzt";
const MINT_PLAN = "mint-aktionsplan";
const ZDI = "zdi-zukunft-durch-innovation";
const VALNALON = "valnalon";
const ASTURIAS_STEAM = "asturias-4-steam";
const ASTURIAS_PCTI = "asturias-pcti-2018-2022";
const ASTURIAS_MINISTRY = "asturias-consejeria-ciencia-innovacion-universidad";
const ASTURIAS_ENTERPRISE = "asturias-regional-action-plan-entrepreneurship";
const FLANDERS_PLAN = "flanders-stem-actieplan-2012-2020";
const FLANDERS_MONITOR = "stem-monitor-flanders";
const BG_MINISTRY = "bulgaria-ministry-of-education-and-science";
const BG_CENTER = "bulgaria-national-stem-center";
const BG_CONTEST = "who-is-super-stem-in-your-school";
const STEAM_ALBANIA = "steam-plus-albania";
const BARLETI = "barleti-university";
const TURKISH_ALLIANCE = "turkish-stem-alliance";
const BMBF = "bmbf";

type Judged = Omit<JudgedQuery, "case">;
const inCase = (c: Case, queries: Judged[]): JudgedQuery[] => queries.map((q) => ({ ...q, case: c }));
const en = (q: string, expect: string[], within: 3 | 10 = 3, filters?: JudgedQuery["filters"]): Judged => ({
  q,
  lang: "en",
  script: "latin",
  expect,
  within,
  ...(filters ? { filters } : {}),
});
const latin = (lang: string, q: string, expect: string[], within: 3 | 10 = 3, filters?: JudgedQuery["filters"]): Judged => ({
  q,
  lang,
  script: "latin",
  expect,
  within,
  ...(filters ? { filters } : {}),
});
const cyrillic = (lang: string, q: string, expect: string[], within: 3 | 10 = 3): Judged => ({ q, lang, script: "cyrillic", expect, within });
const greek = (q: string, expect: string[], within: 3 | 10 = 3): Judged => ({ q, lang: "el", script: "greek", expect, within });

// English as it works today; these must keep working.
const english = inCase("english", [
  en("earthquake engineering", [QUAKESAFE]),
  en("lesson study mathematics", [MALTA_LESSON_STUDY]),
  en("refugees digital skills", [TECHBRIDGE]),
  en("microscience experiments", [MICROSCIENCE]),
  en("climate education toolkit", [CLIMATE_TOOLKIT]),
  en("gender equality stem resolution", [EP_GENDER]),
  en("eu stem coalition", ["eu-stem-coalition"]),
  en("together 4 stem", ["together-4-stem"]),
  en("stem conference bulgaria", ["smart-stem-education-and-innovations-conference"]),
  en("steam albania", [STEAM_ALBANIA]),
  en("girls engineering", [UCL_5050], 10),
  en("stem strategy asturias", [ASTURIAS_STEAM]),
  en("semiconductors", [CHIPS_ACT]),
  en("enterprise education", [VALNALON, ASTURIAS_ENTERPRISE], 10),
  en("national stem contest", [BG_CONTEST]),
  en("flemish stem monitor", [FLANDERS_MONITOR]),
  en("teacher training", [MALTA_LESSON_STUDY], 3, { country: ["MT"] }),
]);

// Misspelt as people do when typing fast.
const typo = inCase("typo", [
  en("earthqauke", [QUAKESAFE]),
  en("microsience", [MICROSCIENCE]),
  en("mathematcs lesson study", [MALTA_LESSON_STUDY]),
  en("refugess migrants", [TECHBRIDGE]),
  latin("sv", "teknikcolege", [TEKNIKCOLLEGE]),
  en("climat toolkit", [CLIMATE_TOOLKIT]),
  en("chps act semiconductor", [CHIPS_ACT]),
  en("gender equalty romania", [GENDER_ROMANIA]),
  en("enterprenuership asturias", [ASTURIAS_ENTERPRISE], 10),
  en("steam albnia", [STEAM_ALBANIA]),
  en("bulgarain stem journal", ["stem-education-innovations-and-knowledge"]),
  en("unesco huawai project", ["unesco-huawei-revitalizing-stem-education"], 10),
  latin("de", "mintvernezt", [MINTVERNETZT]),
  latin("nl", "kiezen voor stme", ["kiezen-voor-stem"]),
  en("europen parliment gender", [EP_GENDER]),
]);

// Diacritics left out where the entry has them, or typed where it has none.
const accent = inCase("accent", [
  latin("es", "valnalon", [VALNALON]),
  latin("es", "Valnalón", [VALNALON]),
  latin("es", "valle del nalon", [VALNALON]),
  latin("es", "espiritu emprendedor", [VALNALON]),
  latin("es", "consejeria ciencia innovacion universidad", [ASTURIAS_MINISTRY]),
  latin("es", "innovación universidad asturias", [ASTURIAS_MINISTRY]),
  latin("es", "plan de ciencia tecnologia e innovacion", [ASTURIAS_PCTI]),
  latin("tr", "turkiye stem", [TURKISH_ALLIANCE]),
  latin("tr", "Türkiye STEM", [TURKISH_ALLIANCE]),
  latin("de", "bundesministerium fur bildung", [BMBF]),
  latin("de", "bundesministerium fuer bildung und forschung", [BMBF]),
  latin("de", "bundesweite anlaufstelle fur mint bildung", [MINTVERNETZT]),
  latin("es", "ciencia tecnología innovación asturias", [ASTURIAS_PCTI]),
]);

// The searcher's own language, for entries written in English.
const ownLanguage = inCase("own-language", [
  latin("ro", "stiinta primara", [MICROSCIENCE], 10),
  latin("ro", "fete inginerie", [UCL_5050, GENDER_ROMANIA], 10),
  latin("ro", "cutremur", [QUAKESAFE]),
  latin("ro", "experimente practice scoala", [MICROSCIENCE], 10),
  latin("de", "Lehrerfortbildung Mathematik", [MALTA_LESSON_STUDY], 10),
  latin("de", "fluchtlinge digitale bildung", [TECHBRIDGE]),
  latin("de", "mädchen ingenieurwesen", [UCL_5050], 10),
  latin("de", "klimabildung", [CLIMATE_TOOLKIT], 10),
  latin("fr", "robotique ecole", [BG_MINISTRY], 10),
  latin("fr", "egalite des genres stem", [EP_GENDER], 10),
  latin("fr", "boite a outils climat", [CLIMATE_TOOLKIT]),
  latin("fr", "seisme", [QUAKESAFE]),
  latin("it", "scuola primaria scienze", [MICROSCIENCE], 10),
  latin("it", "matematica primaria insegnanti", [MALTA_LESSON_STUDY], 10),
  latin("es", "ingenieria sismica", [QUAKESAFE]),
  latin("es", "refugiados competencias digitales", [TECHBRIDGE]),
  latin("pt", "semicondutores", [CHIPS_ACT]),
  latin("nl", "aardbeving", [QUAKESAFE]),
  latin("sv", "jordbavning", [QUAKESAFE]),
  latin("pl", "trzesienie ziemi", [QUAKESAFE]),
  latin("pl", "nauczyciele matematyki szkola podstawowa", [MALTA_LESSON_STUDY], 10),
  latin("fr", "formation des enseignants", [BG_CENTER], 3, { country: ["BG"] }),
  latin("it", "esperimenti scientifici", [MICROSCIENCE], 3, { level: ["primary"] }),
]);

// Cyrillic (Macedonian, Bulgarian) and Greek.
const otherScript = inCase("other-script", [
  cyrillic("bg", "роботика", [BG_MINISTRY, BG_CONTEST], 10),
  cyrillic("mk", "Скопје", [SKOPJE_UNIVERSITY, QUAKESAFE]),
  cyrillic("mk", "наука за девојчиња", [GENDER_ROMANIA], 10),
  cyrillic("mk", "земјотрес", [QUAKESAFE]),
  cyrillic("mk", "земјотресно инженерство", [QUAKESAFE]),
  cyrillic("mk", "универзитет кирил и методиј", [SKOPJE_UNIVERSITY]),
  cyrillic("bg", "земетресение", [QUAKESAFE]),
  cyrillic("bg", "учители по математика", [MALTA_LESSON_STUDY], 10),
  cyrillic("bg", "бежанци дигитални умения", [TECHBRIDGE]),
  cyrillic("bg", "климатично образование", [CLIMATE_TOOLKIT], 10),
  cyrillic("bg", "национален стем център", [BG_CENTER]),
  cyrillic("bg", "стем конференция", ["smart-stem-education-and-innovations-conference"], 10),
  greek("σεισμός", [QUAKESAFE]),
  greek("σεισμος μηχανικη", [QUAKESAFE]),
  greek("πρόσφυγες ψηφιακές δεξιότητες", [TECHBRIDGE]),
  greek("μαθηματικα δημοτικο", [MALTA_LESSON_STUDY], 10),
  greek("ισοτητα φυλων", [EP_GENDER], 10),
  greek("ημιαγωγοι", [CHIPS_ACT]),
]);

// Country names in other languages, and demonyms.
const place = inCase("place", [
  en("romanian teachers", [MICROSCIENCE], 10),
  latin("de", "deutschland mint", [MINTVERNETZT, MINT_PLAN], 10),
  latin("fr", "suede", [TEKNIKCOLLEGE]),
  latin("sv", "sverige", [TEKNIKCOLLEGE]),
  latin("de", "schweden technik", [TEKNIKCOLLEGE]),
  en("swedish industry", [TEKNIKCOLLEGE]),
  latin("fr", "bulgarie stem", [BG_CENTER], 10),
  latin("fr", "albanie", [STEAM_ALBANIA, BARLETI]),
  latin("sq", "shqiperi steam", [STEAM_ALBANIA]),
  en("albanian university", [BARLETI]),
  cyrillic("mk", "македонија", [QUAKESAFE, SKOPJE_UNIVERSITY]),
  en("macedonian university", [SKOPJE_UNIVERSITY]),
  en("maltese mathematics", [MALTA_LESSON_STUDY]),
  latin("fr", "turquie stem", [TURKISH_ALLIANCE]),
  latin("de", "türkei", [TURKISH_ALLIANCE]),
  latin("tr", "turk stem", [TURKISH_ALLIANCE]),
  latin("es", "espana emprendimiento", [VALNALON, ASTURIAS_ENTERPRISE], 10),
  latin("de", "belgien stem strategie", [FLANDERS_PLAN], 10),
  latin("de", "rumänien mädchen", [GENDER_ROMANIA]),
  latin("fr", "roumanie filles sciences", [GENDER_ROMANIA]),
  cyrillic("bg", "германия бежанци", [TECHBRIDGE]),
  en("british engineering girls", [UCL_5050], 10),
]);

// Regions, cities and areas the catalogue names, by their own or other names.
const region = inCase("region", [
  latin("nl", "vlaanderen stem", [FLANDERS_PLAN, FLANDERS_MONITOR], 10),
  latin("fr", "flandre stem", [FLANDERS_PLAN, FLANDERS_MONITOR], 10),
  latin("de", "flandern mint", [FLANDERS_PLAN], 10),
  latin("it", "fiandre stem", [FLANDERS_PLAN], 10),
  latin("de", "nordrhein-westfalen", [ZDI]),
  latin("de", "nrw mint", [ZDI]),
  latin("fr", "rhenanie du nord westphalie", [ZDI]),
  latin("fr", "asturies steam", [ASTURIAS_STEAM]),
  latin("es", "principado de asturias ciencia", [ASTURIAS_PCTI], 10),
  latin("fr", "bruxelles entreprises", ["csr-europe"], 10),
  latin("es", "londres ingenieria", [UCL], 10),
  latin("fr", "angleterre ingenierie", [UCL], 10),
  latin("it", "venezia unesco", ["unesco-regional-bureau-europe"]),
  latin("mt", "ghawdex", [MALTA_LESSON_STUDY]),
  latin("tr", "uskup deprem", [QUAKESAFE]),
  cyrillic("bg", "скопие университет", [SKOPJE_UNIVERSITY]),
]);

// A country said in words, which should favour that country's entries.
const countryPhrase = inCase("country-phrase", [
  en("stem networks in sweden", [TEKNIKCOLLEGE]),
  en("earthquake research in north macedonia", [QUAKESAFE]),
  en("digital skills refugees germany", [TECHBRIDGE]),
  en("stem teacher training in bulgaria", [BG_CENTER], 10),
  en("lesson study in malta", [MALTA_LESSON_STUDY]),
  en("girls stem romania", [GENDER_ROMANIA]),
  en("hands-on science in romania", [MICROSCIENCE]),
  en("steam platform albania", [STEAM_ALBANIA]),
  en("stem strategy belgium", [FLANDERS_PLAN], 10),
  en("stem strategy spain", [ASTURIAS_STEAM], 10),
  en("stem alliance turkey", [TURKISH_ALLIANCE]),
  en("engineering outreach uk", [UCL_5050, "ucl-engineering-schools-programmes-2022-2023"], 10),
  en("stem network germany", [MINTVERNETZT, ZDI], 10),
  en("insurance company italy", ["unipol-group"]),
  en("vocational education sweden", [TEKNIKCOLLEGE]),
  en("school contest bulgaria", [BG_CONTEST]),
]);

// Several words that no single entry has all of: the best partial match must still come.
const partial = inCase("partial", [
  en("quakesafe robotics", [QUAKESAFE]),
  en("teknikcollege girls", [TEKNIKCOLLEGE]),
  en("mintvernetzt podcast", [MINTVERNETZT]),
  en("climate education toolkit video", [CLIMATE_TOOLKIT]),
  en("insolvu geometry", [MALTA_LESSON_STUDY]),
  en("stem at home robotics", ["stem-at-home"], 10),
  en("valnalon hackathon", [VALNALON]),
  en("steam albania astronomy", [STEAM_ALBANIA]),
  en("techbridge coding bootcamp", [TECHBRIDGE]),
  latin("nl", "kiezen voor stem pdf", ["kiezen-voor-stem"]),
  en("european pact for youth apprenticeships", ["european-pact-for-youth"]),
  en("microscience chemistry kit", [MICROSCIENCE]),
  latin("de", "zdi schülerlabor", [ZDI]),
  en("smart stem conference 2024", ["smart-stem-education-and-innovations-conference"]),
  en("eited podcast", ["eited"]),
]);

// A long name without its last letters, as typed before the search answers.
const cutShort = inCase("cut-short", [
  latin("sv", "teknikcolleg", [TEKNIKCOLLEGE]),
  latin("es", "valnalo", [VALNALON]),
  en("quakesaf", [QUAKESAFE]),
  latin("de", "mintvernet", [MINTVERNETZT]),
  en("microscien", [MICROSCIENCE]),
  en("techbrid", [TECHBRIDGE]),
  en("insolv", [MALTA_LESSON_STUDY]),
  en("barlet", [BARLETI]),
  en("unipo", ["unipol-group"]),
  en("huawe", ["huawei-technologies"], 10),
  en("erasmu", ["erasmus-plus"], 10),
  latin("de", "mint-aktionspl", [MINT_PLAN]),
  latin("nl", "kiezen voor ste", ["kiezen-voor-stem"]),
  en("together 4 ste", ["together-4-stem"]),
  en("semicond", [CHIPS_ACT]),
  en("microscience experim", [MICROSCIENCE]),
]);

// Two languages (or scripts) in one query.
const mixed = inCase("mixed", [
  latin("mixed", "stem für mädchen romania", [GENDER_ROMANIA]),
  latin("mixed", "robotique clubs bulgaria", [BG_MINISTRY], 10),
  latin("mixed", "mathematik lesson study", [MALTA_LESSON_STUDY]),
  latin("mixed", "refugiados germany digital", [TECHBRIDGE]),
  cyrillic("mixed", "earthquake скопје", [QUAKESAFE]),
  latin("mixed", "climate toolkit ecole", [CLIMATE_TOOLKIT]),
  latin("mixed", "estrategia stem asturias", [ASTURIAS_STEAM]),
  latin("mixed", "ingenieria girls uk", [UCL_5050], 10),
  latin("mixed", "experimentos microscience", [MICROSCIENCE]),
  latin("mixed", "mint network deutschland", [MINTVERNETZT], 10),
  greek("σεισμός engineering", [QUAKESAFE]),
  latin("mixed", "insegnanti lesson study malta", [MALTA_LESSON_STUDY]),
  latin("mixed", "lehrer training bulgaria", [BG_CENTER], 10),
  latin("mixed", "egalite gender stem parliament", [EP_GENDER]),
]).map((q) => ({ ...q, lang: "mixed" }));

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  ...english,
  ...typo,
  ...accent,
  ...ownLanguage,
  ...otherScript,
  ...place,
  ...region,
  ...countryPhrase,
  ...partial,
  ...cutShort,
  ...mixed,
];
