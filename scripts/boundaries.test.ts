import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule that keeps the folders apart, proven on code that breaks it and code that keeps it. */
const eslint = new ESLint({ cwd: process.cwd() });

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('folder boundaries', () => {
  it('refuses the renderer importing the database layer', async () => {
    expect(await lint('renderer/Bad.ts', "import { createSequelize } from '../db/open';\nexport const x = createSequelize;\n")).toContain(
      'boundaries/dependencies',
    );
  });

  it('refuses core importing services', async () => {
    expect(await lint('core/bad.ts', "import { handlers } from '../services';\nexport const x = handlers;\n")).toContain(
      'boundaries/dependencies',
    );
  });

  it('refuses core importing a Node built-in', async () => {
    expect(await lint('core/bad.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toContain('no-restricted-imports');
  });

  it('refuses the preload importing the main process', async () => {
    expect(await lint('preload/bad.ts', "import * as m from '../main/ipc';\nexport const x = m;\n")).toContain(
      'boundaries/dependencies',
    );
  });

  it('allows the server to import services, db and core', async () => {
    const code = "import { handlers } from '../services';\nimport { createSequelize } from '../db/open';\nimport { contract } from '../core/contract';\nexport const x = [handlers, createSequelize, contract];\n";
    expect(await lint('server/good.ts', code)).toEqual([]);
  });

  it('allows core to import zod', async () => {
    expect(await lint('core/good.ts', "import { z } from 'zod';\nexport const x = z.string();\n")).toEqual([]);
  });
});
