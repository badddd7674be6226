import type { Span } from './sql';

/** Set arithmetic on sorted, merged lists of half-open spans. */

export function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    if (!(s.end > s.start)) continue;
    const top = out[out.length - 1];
    if (top && s.start <= top.end) top.end = Math.max(top.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** `a` without `b` (both merged). */
export function subtract(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const s of a) {
    let start = s.start;
    while (j < b.length && b[j]!.end <= start) j++;
    for (let k = j; k < b.length && b[k]!.start < s.end; k++) {
      if (b[k]!.start > start) out.push({ start, end: b[k]!.start });
      start = Math.max(start, b[k]!.end);
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}

export const clipAll = (spans: readonly Span[], from: number, to: number): Span[] =>
  spans.flatMap((s) => (s.end > from && s.start < to ? [{ start: Math.max(s.start, from), end: Math.min(s.end, to) }] : []));
