// `npm start` runs the bundled server (scripts/build-server.mjs → dist/server). This builds a bundle
// of its own and checks that what a newcomer gets from it works: the portal with its stylesheet,
// the back office, and a CLI command that reads a PDF in a worker thread.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportFile } from '../features/annual-reports/testing/report-fixtures.ts';
import { startServerProcess } from './server-process.testing.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = fs.mkdtempSync(path.join(root, '.tmp-bundle-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bundle-'));
const cli = path.join(outdir, 'cli.mjs');
/** Node arguments that run the bundle's CLI as bin/gongkai does. */
const runBundle = (...args: string[]) => [
  '--input-type=module',
  '-e',
  `const { main } = await import(${JSON.stringify(pathToFileURL(cli).href)}); process.exitCode = await main(${JSON.stringify(args)});`,
];

before(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-server.mjs'), '--outdir', outdir], { stdio: 'pipe' });
});
after(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the bundled server serves the portal, its stylesheet and the back office', { timeout: 300_000 }, async () => {
  const port = 33000 + Math.floor(Math.random() * 2000);
  const server = await startServerProcess(runBundle('serve'), {
    cwd: root,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      GONGKAI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      GONGKAI_SEED_DEMO: '0',
      LOG_LEVEL: 'silent',
    },
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    const html = await home.text();
    const css = /href="(\/static\/portal\.[0-9a-f]+\.css)"/.exec(html)?.[1];
    assert.ok(css, 'the page links its hashed stylesheet');
    const stylesheet = await fetch(`${base}${css}`);
    assert.equal(stylesheet.status, 200);
    assert.match(await stylesheet.text(), /body/);
    assert.equal((await fetch(`${base}/admin/`)).status, 200);
  } finally {
    assert.equal(await server.stop(), 0, 'graceful shutdown exits 0');
  }
});

test('the bundled CLI writes a report as PDF and reads it back (fonts and the PDF worker found)', {
  timeout: 180_000,
}, () => {
  const report = reportFile('fugou-gongxinju-2023.txt');
  const pdf = path.join(outdir, 'report.pdf');
  execFileSync(process.execPath, runBundle('report', 'render', '--to', 'pdf', report, '-o', pdf), { stdio: 'pipe' });
  assert.ok(fs.statSync(pdf).size > 10_000, 'a PDF with an embedded font');
  const parsed = JSON.parse(
    execFileSync(process.execPath, runBundle('report', 'parse', '--json', pdf), { encoding: 'utf8' }),
  ) as { report: { year: number; agency: string } };
  assert.equal(parsed.report.year, 2023);
  assert.match(parsed.report.agency, /扶沟县工业和信息化局/);
});
