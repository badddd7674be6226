import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { Envelope } from '../core/errors';
import { line, ms, summary } from './stats';

/**
 * The door tablet in Chromium against the real server on loopback (its own process, demo data):
 * 1. From the tap on "Book 30 min" to the busy state painted, median of several runs. Measured in
 *    the page: the tap's pointerdown, then the frame after the door's state turns to "busy"
 *    (a message posted from requestAnimationFrame runs once that frame is painted). Target ≤ 150 ms.
 * 2. The JS heap after 1,000 and 10,000 status refreshes fed through the door's real refresh path
 *    (`?bench=1` exposes it), each one rendered; garbage collected before each reading through the
 *    DevTools protocol. Target: no more than 10 % growth from 1,000 to 10,000.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADMIN = { email: 'bench.admin@roomly.test', password: 'bench-admin-password-1' };
const RUNS = 11;
const EVERY_DAY = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]));

/** The real server in a process of its own (as in production), on a free loopback port. */
async function startServerProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['server/cli.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ROOMLY_DATA_DIR: dataDir,
      ROOMLY_SEED: 'demo',
      ROOMLY_ADMIN_EMAIL: ADMIN.email,
      ROOMLY_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Roomly server listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server stopped (exit ${code}):\n${output}`)));
  });
  return { url, child };
}

/** The newest change under a folder (the web bundle is stale when its sources are newer). */
function newest(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).filter((c) => !c.startsWith('.')).map((c) => newest(path.join(entry, c))));
}

function ensureWebBuild(): void {
  const page = path.join(ROOT, 'dist', 'web', 'index.html');
  if (existsSync(page) && ['renderer', 'core'].every((dir) => newest(path.join(ROOT, dir)) <= statSync(page).mtimeMs)) return;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The web build failed; run npm run build:web.');
}

function api(baseUrl: string) {
  let token: string | null = null;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const envelope = (await response.json()) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value;
  };
  return {
    call,
    async signIn() {
      token = (await call<{ accessToken: string }>('auth.login', ADMIN)).accessToken;
    },
  };
}

/** An office open around the clock with one room and its enrolment code. */
async function arrange(baseUrl: string) {
  const admin = api(baseUrl);
  await admin.signIn();
  const office = await admin.call<{ id: string }>('offices.create', { name: 'Bench office', timeZone: 'UTC', workingHours: EVERY_DAY });
  await admin.call('rules.update', { scope: { level: 'office', officeId: office.id }, rules: { maxActivePerUser: null }, reason: 'Benchmark books often' });
  const room = await admin.call<{ id: string }>('rooms.create', { officeId: office.id, name: 'Bench room', capacity: 6, floor: 1 });
  const { code } = await admin.call<{ code: string }>('devices.enroll', { roomId: room.id });
  return { admin, roomId: room.id, code };
}

/** Installs the timer in the page: tap (pointerdown on the confirm button) → busy painted. */
async function armTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __tapToBusy?: Promise<number> };
    w.__tapToBusy = new Promise<number>((resolve) => {
      let tappedAt = 0;
      const onTap = (event: Event) => {
        if ((event.target as Element | null)?.closest('[data-testid="book-confirm"]')) tappedAt = performance.now();
      };
      document.addEventListener('pointerdown', onTap, { capture: true });
      const observer = new MutationObserver(() => {
        const state = document.querySelector('[data-testid="kiosk-state"]')?.getAttribute('data-state');
        if (!tappedAt || state !== 'busy') return;
        observer.disconnect();
        document.removeEventListener('pointerdown', onTap, { capture: true });
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - tappedAt);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
    });
  });
}

async function tapToBusy(page: Page, admin: ReturnType<typeof api>, roomId: string): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    await page.locator('[data-testid="kiosk-state"][data-state="free"]').waitFor();
    await page.locator('[data-testid="book-offer"][data-minutes="30"]:not([disabled])').click();
    await page.getByTestId('book-sheet').waitFor();
    await armTimer(page);
    await page.getByTestId('book-confirm').click();
    const elapsed = await page.evaluate(() => (window as unknown as { __tapToBusy: Promise<number> }).__tapToBusy);
    if (run > 0) samples.push(elapsed); // the first run warms caches and the JIT
    const [booking] = await admin.call<{ id: string }[]>('bookings.list', { roomId, status: ['confirmed'] });
    await new Promise((resolve) => setTimeout(resolve, 20)); // the walk-up has begun: end it
    await admin.call('bookings.end', { id: booking!.id });
  }
  return samples;
}

/** Feeds `count` refreshes through the door's real path, each rendered before the next. */
async function refresh(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const feed = (window as unknown as { __roomlyKiosk: { feed: { getSnapshot(): { status: unknown }; receive(s: unknown): void } } }).__roomlyKiosk.feed;
    const base = JSON.stringify(feed.getSnapshot().status);
    const w = window as unknown as { __refreshes?: number };
    const nextTask = () => new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    for (let i = 0; i < n; i++) {
      const k = (w.__refreshes = (w.__refreshes ?? 0) + 1);
      const status = JSON.parse(base) as { now: string; entries: { id: string; title: string }[] };
      // Every answer is a new object graph; titles change so the door re-renders its rows.
      status.now = new Date().toISOString();
      for (const entry of status.entries) entry.title = `${entry.title.replace(/ #\d+$/, '')} #${k % 7}`;
      feed.receive(status);
      await nextTask();
    }
  }, count);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export async function runKioskBench(): Promise<void> {
  ensureWebBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'roomly-bench-kiosk-'));
  const server = await startServerProcess(dataDir);
  const profile = mkdtempSync(path.join(tmpdir(), 'roomly-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.ROOMLY_CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  // tsx names functions with a helper that does not exist in the page; the functions below run there.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    const { admin, roomId, code } = await arrange(server.url);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/#/kiosk?bench=1&idle=3600`);
    await page.getByTestId('enroll-code').fill(code);
    await page.getByTestId('enroll-submit').click();
    await page.locator('[data-testid="kiosk-state"]').waitFor();

    console.log('\nDoor tablet (Chromium, server on loopback, demo data)');
    const taps = summary(await tapToBusy(page, admin, roomId));
    line(`tap "Book 30 min" → busy painted (${taps.n} runs)`, `median ${ms(taps.median)}, p95 ${ms(taps.p95)}, max ${ms(taps.max)} (target ≤ 150 ms)`);

    await page.locator('[data-testid="kiosk-state"][data-state="free"]').waitFor();
    await refresh(page, 100); // warm-up
    await refresh(page, 900);
    const at1k = await heapMb(page);
    await refresh(page, 9_000);
    const at10k = await heapMb(page);
    const growth = ((at10k - at1k) / at1k) * 100;
    line('JS heap after 1,000 status refreshes', `${at1k.toFixed(2)} MB`);
    line('JS heap after 10,000 status refreshes', `${at10k.toFixed(2)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %, target ≤ 10 %)`);
  } finally {
    await context.close();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => (server.child.exitCode !== null ? resolve(null) : server.child.once('exit', resolve)));
    rmSync(profile, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runKioskBench();
