import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
    expect(err).toContain('unknown command');
  });
});
