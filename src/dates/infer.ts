/** Placeholder until the dates extractor lands: no inference. */
export function inferIssueDate(_text: string): string | null {
  return null;
}
