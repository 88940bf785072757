import type { Stage } from '../stage.js';

/** Placeholder: returns no records until the facts extractor lands. */
export const factsStage: Stage = {
  name: 'facts',
  run: (doc) => ({ ...doc, facts: [] }),
};
