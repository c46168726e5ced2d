/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `word` (ties: the shorter, then the first alphabetically). */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const target = word.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase());
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && (candidate.length < best.word.length || (candidate.length === best.word.length && candidate < best.word)));
    if (better) best = { word: candidate, distance };
  }
  return best?.word;
}
