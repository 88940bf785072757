/**
 * Which lane of the pool an input goes to (`PoolOptions.laneOf`): 0 when its
 * first bytes may be Chinese (input-head.ts), 1 otherwise (English). A
 * thread then keeps to one language while it can and loads that language's
 * segmenter or parser alone; only a hint, never read by the pipeline, so the
 * output is the same whatever it says.
 */
import { mayBeChinese } from '../input-head.js';

export const CHINESE_LANE = 0;

export function scriptLane(file: string): number {
  try {
    return mayBeChinese(file) ? CHINESE_LANE : 1;
  } catch {
    return 1; // reported when the issue is read
  }
}
