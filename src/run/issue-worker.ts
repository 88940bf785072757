/**
 * Worker thread entry of the local pool: issue files in, their outcomes out
 * (each `<id>.json` written here). With a tagging link, Chinese text is
 * tagged by the run's segmentation thread (see src/segmentation.ts);
 * otherwise this thread loads its own segmenter on its first Chinese sentence.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processIssue, type IssueJob } from '../run.js';
import { tagThrough } from '../segmenter.js';
import { serveTasks, type PoolWorkerData } from './pool.js';
import { taggerThrough, type TaggerLink } from './tagger-link.js';

const { data: job, link } = workerData as PoolWorkerData<IssueJob, TaggerLink | undefined>;
if (link) tagThrough(taggerThrough(link));
serveTasks(parentPort!, (file: string) => processIssue(file, job));
