// The report CLI as a user runs it: a real process, real files, exit codes, no stack traces.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../core/repo-paths.ts';
import { REPORTS_DIR } from '../features/annual-reports/testing/report-fixtures.ts';

const BIN = join(REPO_ROOT, 'bin/gongkai');
const SHARED = REPORTS_DIR;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function gongkai(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, 'report', ...args], {
      timeout: 60_000,
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const noStackTrace = (run: Run) => assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .+:\d+:\d+/);

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-report-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gongkai report --help', () => {
  test('explains every subcommand in Chinese', async () => {
    for (const args of [['--help'], ['parse', '--help'], ['check', '--help'], ['render', '--help']]) {
      const run = await gongkai(...args);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /用法：gongkai report/);
    }
  });

  test('an unknown subcommand is an input error (exit 2)', async () => {
    const run = await gongkai('frobnicate');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /未知子命令/);
  });
});

describe('gongkai report parse', () => {
  test('--json prints the report and the reader’s diagnostics', async () => {
    const run = await gongkai('parse', '--json', `${SHARED}/shanghai-kewei-2024.txt`);
    assert.equal(run.code, 0);
    const { report, diagnostics } = JSON.parse(run.stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.agency, '上海市科委');
    assert.equal(report.applications.carriedForward.total, 1);
    assert.deepEqual(
      diagnostics.map((d: { rule: string }) => d.rule),
      ['FORCED'],
    );
  });

  test('without --json prints a readable summary', async () => {
    const run = await gongkai('parse', `${SHARED}/pingtan-2022.txt`);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /报告机关：平潭综合实验区/);
    assert.match(run.stdout, /本年新收 74，上年结转 1，办理结果总计 75/);
    assert.match(run.stdout, /\[INFERRED\]/);
  });

  test('unreadable input: exit 2, one line, no stack trace', async () => {
    const junk = join(dir, 'junk.txt');
    await writeFile(junk, Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)));
    for (const file of [junk, join(dir, 'missing.txt'), `${SHARED}/README.md`]) {
      const run = await gongkai('parse', file);
      assert.equal(run.code, 2, file);
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.match(run.stderr, /无法读取/);
      noStackTrace(run);
    }
  });
});

describe('gongkai report check', () => {
  test('a consistent report: exit 0', async () => {
    const run = await gongkai('check', `${SHARED}/fugou-gongxinju-2023.txt`);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /错误 0 条，警告 0 条/);
  });

  test('a report whose table does not add up: exit 1, the cell named as printed', async () => {
    const text = await readFile(`${SHARED}/fugou-gongxinju-2023.txt`, 'utf8');
    const broken = join(dir, 'broken.txt');
    await writeFile(broken, text.replace('(一) 予以公开\t0\t0', '(一) 予以公开\t1\t0'));
    const run = await gongkai('check', broken);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /错误 \[R2\] 三、（七）总计 \/ 自然人：明细合计 1，填报 0/);
    assert.match(run.stdout, /错误 \[R3\] 三、（一）予以公开 \/ 总计：各类申请人合计 1，填报 0/);
    const json = JSON.parse((await gongkai('check', '--json', broken)).stdout);
    assert.ok(
      json.files[0].diagnostics.some((d: { cells: string[] }) =>
        d.cells.includes('applications.handledTotal.naturalPerson'),
      ),
    );
  });

  test('a directory: summary table, CSV, previous year found among the files, exit 2 for an unreadable file', async () => {
    const reports = join(dir, 'reports');
    await rm(reports, { recursive: true, force: true });
    await promisify(execFile)('mkdir', ['-p', reports]);
    const text = await readFile(`${SHARED}/fugou-gongxinju-2023.txt`, 'utf8');
    await writeFile(join(reports, '2023.txt'), text);
    // The same agency a year earlier, with 2 applications carried forward (C1 for 2023).
    const earlier = text
      .replace('2023 年政府信息公开工作', '2022 年政府信息公开工作')
      .replace(
        '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0',
        '一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2',
      )
      .replace('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', '四、结转下年度继续办理\t\t2\t0\t0\t0\t0\t0\t2');
    await writeFile(join(reports, '2022.txt'), earlier);
    const run = await gongkai('check', reports);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /报告机关\s+年度\s+格式\s+错误\s+警告/);
    assert.match(run.stdout, /扶沟县工业和信息化局\s+2022/);
    assert.match(run.stdout, /警告 \[C1\] 三、二、上年结转政府信息公开申请数量 \/ 自然人：填报 0，而2022年度报告/);
    assert.match(run.stdout, /警告 \[C7\] 一、总体情况：与2022年度报告的文字完全相同/);

    const csv = await gongkai('check', '--csv', reports);
    assert.equal(csv.stdout.split('\n')[0], '文件,报告机关,年度,格式,错误,警告,状态');
    // C1 for 自然人 and 总计, C7 for the three narrative parts copied from 2022.
    assert.match(csv.stdout, /2023\.txt,扶沟县工业和信息化局,2023,2021,0,5,已检查/);

    await writeFile(join(reports, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0xff]));
    const withJunk = await gongkai('check', reports);
    assert.equal(withJunk.code, 2);
    assert.match(withJunk.stdout, /scan\.pdf\s+无法读取：PDF 文件已损坏/);
    noStackTrace(withJunk);
    const json = JSON.parse((await gongkai('check', '--json', reports)).stdout);
    const scan = json.files.find((f: { file: string }) => f.file.endsWith('scan.pdf'));
    assert.deepEqual(
      scan.diagnostics.map((d: { rule: string; severity: string }) => [d.rule, d.severity]),
      [['UNREADABLE', 'error']],
    );
  });

  test('--previous names last year’s report explicitly', async () => {
    const previous = join(dir, 'previous.txt');
    const text = await readFile(`${SHARED}/fugou-gongxinju-2023.txt`, 'utf8');
    await writeFile(
      previous,
      text.replace('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', '四、结转下年度继续办理\t\t0\t1\t0\t0\t0\t0\t1'),
    );
    const run = await gongkai('check', '--previous', previous, `${SHARED}/fugou-gongxinju-2023.txt`);
    assert.equal(run.code, 0, 'warnings only');
    assert.match(run.stdout, /\[C1\] 三、二、上年结转政府信息公开申请数量 \/ 商业企业：填报 0/);
  });
});
