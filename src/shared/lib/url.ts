/** The element id a location's hash points at ("#5.5" → "5.5"); a malformed hash points at nothing. */
export function hashTarget(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}
