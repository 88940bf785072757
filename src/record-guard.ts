/**
 * The last safety net before an issue is written: a record that would break
 * the value contract of SPEC §4 (a value that is not a finite number,
 * `value_max < value`) is dropped and reported, never written. Rules should
 * never produce one; this keeps a rule bug from reaching the tables as NaN.
 */
import type { IssueJson } from './output/issue-json.js';
import type { StageError } from './stage.js';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function quantityProblem(q: IssueJson['quantities'][number]): string | null {
  if (!finite(q.value)) return `value ${String(q.value)} is not a finite number`;
  if (q.value_max !== null && !finite(q.value_max)) return `value_max ${String(q.value_max)} is not a finite number`;
  if (q.value_max !== null && q.value_max < q.value) return `value_max ${q.value_max} < value ${q.value}`;
  return null;
}

/** The issue without its contract-breaking records, and one error per record dropped. */
export function guardRecords(json: IssueJson): { json: IssueJson; errors: StageError[] } {
  const errors: StageError[] = [];
  const dropped = new Set<string>();
  const quantities = json.quantities.filter((q) => {
    const problem = quantityProblem(q);
    if (problem) {
      dropped.add(q.id);
      errors.push({ stage: 'write', start: q.start, message: `quantity "${q.text}" dropped: ${problem}` });
    }
    return !problem;
  });
  const facts = json.facts.filter((f) => {
    if (dropped.has(f.quantity_id)) return false;
    if (finite(f.value)) return true;
    errors.push({ stage: 'write', start: null, message: `fact ${f.id} ("${f.metric}") dropped: value ${String(f.value)} is not a finite number` });
    return false;
  });
  return errors.length ? { json: { ...json, quantities, facts }, errors } : { json, errors };
}
