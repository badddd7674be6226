import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'check-builder.mjs');

function check(config?: string) {
  const args = config ? [script, path.join(here, config)] : [script];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: path.join(here, '..') });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('check-builder', () => {
  it("accepts the project's electron-builder.yml", () => {
    const { status, output } = check();
    expect(output).toContain('electron-builder.yml is valid');
    expect(status).toBe(0);
  }, 30_000);

  it('accepts a small valid configuration', () => {
    expect(check('fixtures/builder-valid.yml').status).toBe(0);
  }, 30_000);

  it('refuses an option electron-builder does not know, naming the section it is in', () => {
    const { status, output } = check('fixtures/builder-unknown-option.yml');
    expect(status).toBe(1);
    expect(output).toContain('is not valid');
    expect(output).toContain('configuration.linux');
  }, 30_000);

  it('refuses a value of the wrong kind', () => {
    const { status, output } = check('fixtures/builder-wrong-type.yml');
    expect(status).toBe(1);
    expect(output).toContain('configuration.compression');
  }, 30_000);

  it('refuses a configuration whose icon does not exist', () => {
    const { status, output } = check('fixtures/builder-missing-icon.yml');
    expect(status).toBe(1);
    expect(output).toContain('icon file(s) not found: assets/no-such-icon.png');
  }, 30_000);

  it('refuses a configuration file that is not there', () => {
    const { status, output } = check('fixtures/no-such-file.yml');
    expect(status).toBe(1);
    expect(output).toContain('the file does not exist');
  }, 30_000);
});
