import type { Stage } from '../stage.js';

/** Placeholder: returns no records until the dates extractor lands. */
export const datesStage: Stage = {
  name: 'dates',
  run: (doc) => ({ ...doc, dates: [] }),
};
