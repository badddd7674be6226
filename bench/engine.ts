import { pathToFileURL } from 'node:url';
import { decide, evaluate, resolveRules, type EngineRoom, type Occupant } from '../core/rules';
import { line, ms, now, summary } from './stats';

/**
 * The engine's decision time with 10,000 existing bookings in the room: one room open around the
 * clock, a 30-minute meeting every four hours (10-minute buffers), then 30-minute requests at
 * random quarter hours (about half of them land on a meeting or its buffers). `decide` is the yes/no with every violation; `evaluate` adds
 * the search for alternatives that a refusal carries.
 */
const HOUR = 3600_000;
const EVERY = 4 * HOUR;
const START = Date.parse('2026-01-05T00:00:00Z');
const EXISTING = 10_000;

function room(): EngineRoom {
  const open: [string, string][] = [['00:00', '24:00']];
  const rules = resolveRules({
    global: {
      workingHours: { mon: open, tue: open, wed: open, thu: open, fri: open, sat: open, sun: open },
      horizonDays: 3650,
      maxActivePerUser: null,
    },
  }).rules;
  return { id: 'room-1', name: 'Bench', officeId: 'office-1', timeZone: 'Europe/Berlin', capacity: 10, amenities: [], status: 'active', allowedRoles: null, requiresApproval: false, floor: 1, rules };
}

function occupants(): Occupant[] {
  return Array.from({ length: EXISTING }, (_, i) => ({
    kind: 'booking' as const,
    id: `b${i}`,
    roomId: 'room-1',
    start: new Date(START + i * EVERY),
    end: new Date(START + i * EVERY + HOUR / 2),
    bufferBeforeMin: 10,
    bufferAfterMin: 10,
    status: 'confirmed' as const,
  }));
}

/** A deterministic sequence, so every run measures the same requests. */
function* requests(count: number) {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const slot = Math.floor(next() * (EXISTING - 24));
    const quarter = Math.floor(next() * 16);
    const start = START + slot * EVERY + quarter * 15 * 60_000;
    yield { start: new Date(start), end: new Date(start + 30 * 60_000) };
  }
}

function measure(label: string, count: number, run: (s: { start: Date; end: Date }) => boolean) {
  const samples: number[] = [];
  let refused = 0;
  for (const span of requests(count)) {
    const t0 = now();
    if (!run(span)) refused++;
    samples.push(now() - t0);
  }
  const s = summary(samples);
  line(`${label} (${s.n} requests, ${refused} refused)`, `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`);
}

export function runEngineBench(): void {
  const r = room();
  const existing = occupants();
  const clock = new Date(START - HOUR);
  const request = (span: { start: Date; end: Date }) => ({
    roomId: r.id,
    ...span,
    organizerId: 'me',
    actor: { userId: 'me', role: 'employee' as const },
    attendeeCount: 4,
    organizerActiveCount: 0,
  });
  console.log(`Engine: one decision with ${EXISTING.toLocaleString('en')} existing bookings in the room`);
  for (let i = 0; i < 200; i++) decide({ room: r, existing, request: request([...requests(1)][0]!) }, clock);
  measure('decide', 2000, (span) => decide({ room: r, existing, request: request(span) }, clock).ok);
  measure('evaluate (with alternatives on refusal)', 500, (span) => evaluate({ room: r, existing, request: request(span) }, clock).ok);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runEngineBench();
