/**
 * The pipeline loads compromise on the first English sentence (a Chinese-only
 * run never pays for it). Tests load it here, before any test's timer starts,
 * so a test's time limit measures its own work.
 */
import { parseForOrganizations } from '../../src/compromise.js';

parseForOrganizations('');
