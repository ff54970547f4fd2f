import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'radar-cli-'));

function run(...args: string[]) {
  const result = spawnSync('node', ['bin/radar.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Writes a temp answers file and returns its path. */
function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  writeFileSync(target, text);
  return target;
}

describe('radar CLI', () => {
  it('scores an answers file', () => {
    // End-to-end DL, yes on METRICS 1-3: 0.2022 / 0.8315 = 24.3%.
    const input = file('metrics.json', {
      rubric: 'metrics',
      profile: { C5: 'yes' },
      answers: { M01: 'yes', M02: 'yes', M03: 'yes', M04: 'unclear' },
    });
    const { code, out } = run('score', input);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.percentage).toBe(24.3);
    expect(report.counts.unclear).toBe(1);
  });

  it('accepts lists and justified not-applicable answers', () => {
    // RQS 1.0 item 16: scans + code = 2 points of 36 = 5.6%.
    const rqs = file('rqs1.json', {
      rubric: 'rqs1',
      answers: { Q16: ['scans', 'code'] },
    });
    expect(JSON.parse(run('score', rqs).out).percentage).toBe(5.6);
    const radar = file('radar.json', {
      rubric: 'radar',
      answers: { 'R-CU-03': { notApplicable: 'Not a clinical tool yet.' } },
    });
    expect(JSON.parse(run('score', radar).out).counts.overridden).toBe(1);
  });

  it('lists the rubrics with versions', () => {
    const { code, out } = run('rubrics');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'radar\t0.1-draft\tRADAR draft catalogue v0.1',
    );
    expect(out).toContain('rqs2\t2.0');
  });

  it('prints help', () => {
    const { code, out } = run('--help');
    expect(code).toBe(0);
    expect(out).toContain('score FILE');
  });

  it.each([
    [
      'a missing file',
      path.join(dir, 'absent.json'),
      /absent\.json: cannot read/,
    ],
    [
      'invalid JSON',
      file('bad.json', '{"rubric": '),
      /bad\.json: invalid JSON/,
    ],
    [
      'an unknown rubric',
      file('rubric.json', { rubric: 'quadas', answers: {} }),
      /rubric: unknown rubric "quadas"/,
    ],
    [
      'an unknown item',
      file('item.json', { rubric: 'metrics', answers: { M31: 'yes' } }),
      /answers\.M31: unknown item/,
    ],
    [
      'an unknown option',
      file('option.json', { rubric: 'metrics', answers: { M01: 'maybe' } }),
      /answers\.M01: unknown option "maybe"/,
    ],
    [
      'a missing justification',
      file('na.json', {
        rubric: 'radar',
        answers: { 'R-SD-01': { notApplicable: '' } },
      }),
      /answers\.R-SD-01: not applicable needs a written justification/,
    ],
  ])('refuses %s with a message and exit code 1', (_, input, message) => {
    const { code, err, out } = run('score', input);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  it('refuses an unknown command with exit code 2', () => {
    const { code, err } = run('grade');
    expect(code).toBe(2);
    expect(err).toBe('radar: unknown command "grade" (see radar --help)\n');
  });

  it('refuses a misspelt key of an answers file and names the known ones', () => {
    const input = file('misspelt.json', {
      rubric: 'metrics',
      answer: { M01: 'yes' },
    });
    const { code, err, out } = run('score', input);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      'unknown key "answer" (known keys: rubric, profile, answers)',
    );
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    // End-to-end DL, yes on METRICS item 1 only: 0.0368 / 0.8315 = 4.4%.
    const text = JSON.stringify({
      rubric: 'metrics',
      profile: { C5: 'yes' },
      answers: { M01: 'yes' },
    });
    const { code, out } = run('score', file('bom.json', `\uFEFF${text}`));
    expect(code).toBe(0);
    expect(JSON.parse(out).percentage).toBe(4.4);
  });
});

describe('radar CLI arguments', () => {
  it.each([
    [['score'], 'radar: score needs a FILE'],
    [['score', 'a.json', 'b.json'], 'radar: score takes one FILE, got 2'],
    [['score', '--strict', 'a.json'], 'radar: unknown option --strict'],
    [['rubrics', 'x.json'], 'radar: rubrics takes no FILE, got "x.json"'],
  ])('refuses %j with a usage message and exit code 2', (args, message) => {
    const { code, err, out } = run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    const [first, usage] = err.split('\n');
    expect(first).toContain(message);
    expect(usage).toMatch(/^radar: usage: radar (score FILE|rubrics) /);
  });

  it('prints the help of one command', () => {
    const { code, out } = run('score', '--help');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Usage: radar score FILE');
  });
});

describe('radar CLI file errors', () => {
  it('says a folder is not a file in one line', () => {
    const { code, err } = run('score', dir);
    expect(code).toBe(1);
    expect(err).toBe(`radar: ${dir}: cannot read (is a folder, not a file)\n`);
  });

  // Root reads any file whatever its mode, so there is nothing to refuse.
  it.skipIf(process.getuid?.() === 0)('says permission is denied', () => {
    const locked = file('locked.json', '{}');
    chmodSync(locked, 0o000);
    const { code, err } = run('score', locked);
    expect(code).toBe(1);
    expect(err).toBe(`radar: ${locked}: cannot read (permission denied)\n`);
  });
});
