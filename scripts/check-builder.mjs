#!/usr/bin/env node
// Validates an electron-builder configuration with electron-builder's own validator (its JSON
// schema and extra checks), offline, without packaging anything. Also checks that the icons it
// names exist. Exits 1 with the validator's message when something is wrong.
//
//   node scripts/check-builder.mjs [config file]     (default: electron-builder.yml)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectDir, 'package.json'));
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

const configFile = path.resolve(process.argv[2] ?? path.join(projectDir, 'electron-builder.yml'));

/** Icons named in the config must exist: the schema cannot know that. */
function missingIcons(config) {
  const named = ['linux', 'win', 'mac'].map((platform) => config[platform]?.icon).filter(Boolean);
  return [...new Set(named)].filter((icon) => !existsSync(path.resolve(projectDir, icon)));
}

function fail(message) {
  console.error(`electron-builder configuration ${path.relative(process.cwd(), configFile)} is not valid:\n${message}`);
  process.exit(1);
}

if (!existsSync(configFile)) fail(`the file does not exist.`);
let config;
try {
  config = await getConfig(projectDir, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const missing = missingIcons(config);
if (missing.length > 0) fail(`icon file(s) not found: ${missing.join(', ')}`);
console.log(`electron-builder configuration ${path.relative(process.cwd(), configFile)} is valid.`);
