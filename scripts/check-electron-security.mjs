#!/usr/bin/env node
// Scans the Electron main process and preload with Electronegativity and fails on any finding that
// is not accepted below with a reason. The scanner's command line always exits 0, so we call its
// runner and judge the findings it returns.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
const electronVersion = require('electron/package.json').version;

/**
 * Findings we have looked at and accepted. The scanner reads options only when they are written
 * inline; ours come from tested functions, so it cannot see them.
 */
const ACCEPTED = [
  { rule: 'CONTEXT_ISOLATION_JS_CHECK', file: 'index.ts', why: 'windowOptions() sets contextIsolation: true (main/window.test.ts)' },
  { rule: 'SANDBOX_JS_CHECK', file: 'index.ts', why: 'windowOptions() sets sandbox: true (main/window.test.ts)' },
  { rule: 'AUXCLICK_JS_CHECK', file: 'index.ts', why: 'every new window is denied by setWindowOpenHandler (main/hardening.test.ts)' },
  { rule: 'CSP_GLOBAL_CHECK', file: 'hardening.ts', why: 'the policy is built by a function; its exact text is tested in main/hardening.test.ts' },
];

async function scan(folder) {
  const result = await run(
    {
      input: path.resolve(folder),
      customScan: [],
      excludeFromScan: [],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  if (result.errors?.length) throw new Error(`Electronegativity could not parse: ${JSON.stringify(result.errors)}`);
  return result.issues;
}

const findings = [];
// Global checks (CSP, navigation limits, permission handler) look for code that lives in main/;
// scanned alone, the preload would always "miss" them, so the preload is judged on local checks.
const SCANS = [
  { folder: 'main', keep: () => true },
  { folder: 'preload', keep: (issue) => !issue.id.endsWith('_GLOBAL_CHECK') },
];
for (const { folder, keep } of SCANS) {
  for (const issue of (await scan(folder)).filter(keep)) {
    const file = path.basename(issue.file ?? '?');
    const accepted = ACCEPTED.find((a) => a.rule === issue.id && a.file === file);
    findings.push({ folder, rule: issue.id, file, line: issue.location?.line ?? '?', text: issue.description ?? '', accepted });
  }
}

for (const f of findings) {
  const where = `${f.folder}/${f.file}:${f.line}`;
  console.log(f.accepted ? `accepted  ${f.rule} at ${where}: ${f.accepted.why}` : `FINDING   ${f.rule} at ${where}: ${f.text}`);
}
const open = findings.filter((f) => !f.accepted);
if (open.length > 0) {
  console.error(`Electronegativity: ${open.length} finding(s) to fix or to accept with a reason in scripts/check-electron-security.mjs.`);
  process.exit(1);
}
console.log(`Electronegativity: no open findings (${findings.length} accepted) for Electron ${electronVersion}.`);
