/** Writes data/en/compromise-gate.json from the installed compromise's model (`npm run compromise:gate`). */
import { writeFileSync } from 'node:fs';
import { compromiseModel } from '../src/compromise.js';
import { dataFileUrl } from '../src/data-file.js';
import { buildGateData } from '../src/en/compromise-gate-data.js';
import { GATE_DATA_FILE } from '../src/en/compromise-gate.js';

const data = buildGateData(compromiseModel());
writeFileSync(dataFileUrl(GATE_DATA_FILE), `${JSON.stringify(data, null, 1)}\n`);
console.log(`wrote data/${GATE_DATA_FILE} (compromise ${data.compromise})`);
