/**
 * One string object per distinct text, the first seen: for values compared
 * often (a token's tag), where equal strings that are one object compare at
 * once and many copies would each be kept.
 */
export function oneStringEach(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const kept = seen.get(text);
    if (kept !== undefined) return kept;
    seen.set(text, text);
    return text;
  };
}
