import { BACKUP_PREFIX, SUMMARY_SHEET } from "./model";

/** ITA_Plan…, the summary, and the add-in's own _ita_log and _ita_backup_… sheets. */
const MANAGED_SHEET = /^(ita_|_ita_)/i;

export const isManagedSheet = (name: string): boolean => MANAGED_SHEET.test(name) || name === SUMMARY_SHEET;

/**
 * Sheets whose cells outside tables a snapshot reports (what an op must not overwrite). Backups
 * are left out unless asked for (listing and restoring them): no other op writes there, and reading them would grow every read with every backup.
 */
export const readsLooseCells = (name: string, backups = false): boolean =>
  isManagedSheet(name) && (backups || !name.startsWith(BACKUP_PREFIX));
