import { KINDS, LEVELS, THEMES } from "@/lib/catalogue/vocabularies";

// The concepts the thesaurus names in every language: the catalogue's
// vocabularies (a kind, level or theme is a concept whose id is
// "<facet>:<value>") and the common words of STEM education that teachers and
// officials type. The gloss tells a translator what the concept covers; it is
// never shown. Countries are not here: their names come from CLDR (places.ts).

export type FacetConcept = `kind:${string}` | `level:${string}` | `theme:${string}`;

const vocabularyConcepts = [
  ...KINDS.map((t) => ({ id: `kind:${t.value}` as FacetConcept, gloss: t.label })),
  ...LEVELS.map((t) => ({ id: `level:${t.value}` as FacetConcept, gloss: t.label })),
  ...THEMES.map((t) => ({ id: `theme:${t.value}` as FacetConcept, gloss: t.label })),
];

/** Common words: searched across languages, never turned into a filter. */
export const WORD_CONCEPTS = [
  { id: "stem", gloss: "STEM / STEAM / MINT as an acronym for the field" },
  { id: "science", gloss: "science, natural sciences, scientific" },
  { id: "technology", gloss: "technology, technical, technological" },
  { id: "engineering", gloss: "engineering, engineer(s)" },
  { id: "physics", gloss: "physics" },
  { id: "chemistry", gloss: "chemistry" },
  { id: "biology", gloss: "biology" },
  { id: "astronomy", gloss: "astronomy, space, satellites" },
  { id: "informatics", gloss: "computer science, informatics, computing" },
  { id: "coding", gloss: "coding, programming, code" },
  { id: "robotics", gloss: "robotics, robot(s)" },
  { id: "artificial-intelligence", gloss: "artificial intelligence, AI" },
  { id: "semiconductors", gloss: "semiconductors, chips, microelectronics" },
  { id: "education", gloss: "education, educational" },
  { id: "teaching", gloss: "teaching, instruction, lessons (the act)" },
  { id: "learning", gloss: "learning" },
  { id: "school", gloss: "school(s)" },
  { id: "teacher", gloss: "teacher(s), educator(s)" },
  { id: "student", gloss: "student(s), pupil(s), learner(s)" },
  { id: "children", gloss: "children, kids" },
  { id: "youth", gloss: "young people, youth, teenagers" },
  { id: "girls", gloss: "girls" },
  { id: "women", gloss: "women, woman, female" },
  { id: "gender", gloss: "gender" },
  { id: "secondary", gloss: "secondary (school, education), high school as a word on its own" },
  { id: "university", gloss: "university, universities, college (higher education institution)" },
  { id: "curriculum", gloss: "curriculum, syllabus" },
  { id: "competition", gloss: "competition, contest, olympiad" },
  { id: "conference", gloss: "conference, congress, symposium" },
  { id: "network", gloss: "network(s), alliance, coalition" },
  { id: "digital", gloss: "digital" },
  { id: "skills", gloss: "skills, competences" },
  { id: "career", gloss: "career(s), jobs, profession" },
  { id: "experiment", gloss: "experiment(s), hands-on, practical work" },
  { id: "laboratory", gloss: "laboratory, lab" },
  { id: "museum", gloss: "museum, science centre" },
  { id: "climate", gloss: "climate, climate change" },
  { id: "environment", gloss: "environment, environmental, ecology" },
  { id: "sustainability", gloss: "sustainability, sustainable" },
  { id: "energy", gloss: "energy" },
  { id: "earthquake", gloss: "earthquake(s), seismic" },
  { id: "refugees", gloss: "refugee(s)" },
  { id: "migrants", gloss: "migrant(s), migration, newcomers" },
  { id: "disability", gloss: "disability, special educational needs" },
  { id: "rural", gloss: "rural, countryside, village" },
  { id: "innovation", gloss: "innovation, innovative" },
  { id: "research", gloss: "research, researcher(s), study (as research)" },
  { id: "project", gloss: "project(s)" },
  { id: "guide", gloss: "guide, handbook, manual, toolkit" },
  { id: "lesson-plan", gloss: "lesson plan(s), lesson(s) as material" },
  { id: "online", gloss: "online, e-learning, distance learning" },
  { id: "camp", gloss: "camp, summer school" },
  { id: "club", gloss: "club(s), after-school club" },
  { id: "makers", gloss: "maker, makerspace, fab lab, tinkering" },
  { id: "industry", gloss: "industry, company, companies, business, employer(s)" },
  { id: "ministry", gloss: "ministry, government" },
  { id: "strategy", gloss: "strategy, action plan, policy (document)" },
  { id: "report", gloss: "report, study (document)" },
  { id: "funding", gloss: "funding, grant, scholarship, call for proposals" },
  { id: "mentoring", gloss: "mentoring, mentor(s), role model(s)" },
  { id: "arts", gloss: "art(s), creativity, design" },
  { id: "health", gloss: "health, medicine" },
  { id: "water", gloss: "water" },
  { id: "agriculture", gloss: "agriculture, farming, food" },
] as const;

export type WordConcept = (typeof WORD_CONCEPTS)[number]["id"];
export type ConceptId = FacetConcept | WordConcept;

export const CONCEPTS: readonly { id: ConceptId; gloss: string }[] = [...vocabularyConcepts, ...WORD_CONCEPTS];

export const CONCEPT_IDS: ReadonlySet<string> = new Set(CONCEPTS.map((c) => c.id));

export function isConceptId(id: string): id is ConceptId {
  return CONCEPT_IDS.has(id);
}
