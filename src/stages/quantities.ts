import type { Stage } from '../stage.js';

/** Placeholder: returns no records until the quantities extractor lands. */
export const quantitiesStage: Stage = {
  name: 'quantities',
  run: (doc) => ({ ...doc, quantities: [] }),
};
