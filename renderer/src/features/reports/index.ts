/** The reports feature: team report exports (CSV, print/PDF). Others use only this file. */
export { ReportsSection, TeamReportHeader } from './ReportsSection';
