// An entry's texts (summary, description) and the vocabulary terms that
// classify it carry the same names and values in every shape of the entry:
// its validated input, its database row, its public page and a proposal's
// content. One copier, so that each shape takes them alike.

export type TextsAndTerms = {
  summary: string;
  description: string;
  countries: string[];
  levels: string[];
  themes: string[];
  languages: string[];
};

export function textsAndTerms({ summary, description, countries, levels, themes, languages }: TextsAndTerms): TextsAndTerms {
  return { summary, description, countries, levels, themes, languages };
}
