export { catalogueOverview } from "./catalogue-overview";
export { catalogueStatistics } from "./catalogue-statistics";
export { isWholeCatalogue, matrixCsvPath, parseStatisticsSelection, selectionSearchPath, statisticsPath } from "./selection";
export type { CatalogueStatistics, StatisticsSelection, TermCount, YearCount } from "./types";
