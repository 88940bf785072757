import { parseConfig, type PipelineConfig } from '../../src/config.js';

/** The inputs and settings the golden fixtures are made from (shared by the test and the update script). */
export const GOLDEN_DIR = 'test/golden';
export const GOLDEN_INPUTS = ['corpus'];
export const goldenConfig = (): PipelineConfig => parseConfig({}, 'golden defaults');
