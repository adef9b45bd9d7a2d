// The UN Sustainable Development Goals, numbered as the schema stores them;
// their names are in the catalogues (editor.sdgs.1 … 17).
export const SDG_NUMBERS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"] as const;
