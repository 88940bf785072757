/**
 * Queue mode for continuous ingestion, on BullMQ + Redis: one job per issue
 * (`enqueue.ts`), processed by any number of workers (`queue.ts`) with the
 * same `processIssue` as a local run. This file holds what both sides share.
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { sourceSha256 } from '../output/issue-json.js';
import { issueIdOf } from '../inputs.js';

export const QUEUE_NAME = 'issues';

/** What a job carries: the path of the issue file on storage every worker sees. */
export interface IssueJobData {
  file: string;
  issueId: string;
  sha256: string;
}

/** The job of an issue file: its id is the issue id and the content hash, so enqueueing twice adds nothing. */
export function issueJob(file: string): { id: string; data: IssueJobData } {
  const issueId = issueIdOf(file);
  const sha256 = sourceSha256(readFileSync(file));
  return { id: `${issueId}.${sha256}`, data: { file, issueId, sha256 } };
}

/** Retries of a job that failed for an internal error (bad input fails at once): exponential back-off from 1 s. */
export const JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false } as const;

/** A Redis client for BullMQ from a `redis://host:port/db` URL; the caller quits it. */
export function redisClient(url: string): Redis {
  if (!url.startsWith('redis://') && !url.startsWith('rediss://')) throw new Error(`${url}: expected a redis:// URL`);
  return new Redis(url, { maxRetriesPerRequest: null });
}
