/** Worker thread entry of the local pool: one issue file in, its outcome out (its `<id>.json` written here). */
import { parentPort, workerData } from 'node:worker_threads';
import { processIssue, type IssueJob } from '../run.js';
import { serveTasks } from './pool.js';

serveTasks(parentPort!, (file: string) => processIssue(file, workerData as IssueJob));
