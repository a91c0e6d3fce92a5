/** mulberry32: a small seeded generator, so a randomised test draws the same sequence every run and a failure replays. */
export function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

/** Up to n random cell changes (đạt, chưa đạt or cleared) over the communes and criteria given, each cell at most once. */
export function randomCellChanges(
  r: ReturnType<typeof rng>,
  communeIds: readonly number[],
  criterionIds: readonly number[],
  n: number,
) {
  const seen = new Set<string>();
  const out: { communeId: number; criterionId: number; met: boolean | null }[] = [];
  for (let i = 0; i < n; i++) {
    const c = {
      communeId: r.pick(communeIds),
      criterionId: r.pick(criterionIds),
      met: r.pick([true, false, null] as const),
    };
    if (!seen.has(`${c.communeId}:${c.criterionId}`)) out.push(c);
    seen.add(`${c.communeId}:${c.criterionId}`);
  }
  return out;
}
