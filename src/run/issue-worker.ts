/**
 * Worker thread entry of the local pool: one issue file in, its outcome out
 * (its `<id>.json` written here); Chinese text is tagged by the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processIssue, type IssueJob } from '../run.js';
import { tagThrough } from '../segmenter.js';
import { serveTasks, type PoolWorkerData } from './pool.js';
import { taggerThrough, type TaggerLink } from './tagger-link.js';

const { data: job, link } = workerData as PoolWorkerData<IssueJob, TaggerLink>;
tagThrough(taggerThrough(link));
serveTasks(parentPort!, (file: string) => processIssue(file, job));
