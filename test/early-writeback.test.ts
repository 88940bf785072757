/**
 * Early writeback (issue 11, writes): a background sync of the output folder
 * after every so many characters written, never two at once, none after one failed. The
 * sync itself is stubbed here; the run's own sync at its end is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { earlyWriteback } from '../src/output/atomic-write.js';

/** A stub sync: records each start and lets the test finish it. */
function stubSync() {
  const started: string[] = [];
  const finish: ((ok: boolean) => void)[] = [];
  const start = (dir: string, done: (ok: boolean) => void) => {
    started.push(dir);
    finish.push(done);
  };
  return { started, finish, start };
}

describe('earlyWriteback', () => {
  it('starts a sync of the folder once the characters written reach the step, and counts again from there', () => {
    const sync = stubSync();
    const wrote = earlyWriteback('/out', 100, sync.start);
    wrote(60);
    expect(sync.started).toEqual([]);
    wrote(40);
    expect(sync.started).toEqual(['/out']);
    sync.finish[0]!(true);
    wrote(99);
    expect(sync.started).toHaveLength(1);
    wrote(1);
    expect(sync.started).toHaveLength(2);
  });

  it('starts no second sync while one runs', () => {
    const sync = stubSync();
    const wrote = earlyWriteback('/out', 10, sync.start);
    wrote(10);
    wrote(50);
    wrote(50);
    expect(sync.started).toHaveLength(1);
    sync.finish[0]!(true);
    wrote(10);
    expect(sync.started).toHaveLength(2);
  });

  it('tries no more after a sync failed (no `sync -f` on this system)', () => {
    const sync = stubSync();
    const wrote = earlyWriteback('/out', 10, sync.start);
    wrote(10);
    sync.finish[0]!(false);
    wrote(1000);
    expect(sync.started).toHaveLength(1);
  });
});
