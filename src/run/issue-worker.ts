/**
 * Worker thread entry of the local pool: issue files in, their outcomes out
 * (each `<id>.json` written here). With a tagging link, Chinese text is
 * tagged by the run's segmentation thread (see src/segmentation.ts);
 * otherwise this thread loads its own segmenter on its first Chinese sentence.
 */
import { parentPort } from 'node:worker_threads';
import { processIssue, type IssueJob } from '../run.js';
import { tagThrough } from '../segmenter.js';
import { poolWorkerData, serveTasks } from './pool.js';
import { taggerThrough, type TaggerLink } from './tagger-link.js';

void poolWorkerData<IssueJob, TaggerLink | undefined>().then((data) => {
  if (data.link) tagThrough(taggerThrough(data.link));
  serveTasks(parentPort!, data, (file: string) => processIssue(file, data.data));
});
