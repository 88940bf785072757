import type { OrgCandidate } from '../zh/organizations.js';

/** English organization names (placeholder until the English rules land). */
export function proposeEnglishOrganizations(_view: string): OrgCandidate[] {
  return [];
}
