import type { Stage } from '../stage.js';

/** Placeholder: returns no records until the organizations extractor lands. */
export const organizationsStage: Stage = {
  name: 'organizations',
  run: (doc) => ({ ...doc, organizations: [] }),
};
