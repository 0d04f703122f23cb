/**
 * Longest page URL and title an evidence record keeps. Bundle import (bundle-schema.ts) refuses
 * longer ones, so capture cuts them here: a hostile page must not make its own evidence
 * impossible to export and import.
 */
export const MAX_EVIDENCE_URL = 100_000;
export const MAX_EVIDENCE_TITLE = 10_000;
