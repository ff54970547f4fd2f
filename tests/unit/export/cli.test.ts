import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exported,
  metricsAssessment,
  paper,
  radarAssessment,
} from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'radar-export-'));

function radar(...args: string[]) {
  const run = spawnSync('node', ['bin/radar.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function write(name: string, json: unknown): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

const smith = write('folder/smith.json', exported(metricsAssessment()));
const jones = write(
  'folder/jones.json',
  exported(metricsAssessment(paper('Ann Jones', 2020, '10.1000/jones'))),
);
const bad = exported(metricsAssessment());
bad.items[4]!.answer = { kind: 'option', optionId: 'maybe' };
const badFile = write('bad.json', bad);
const radarFile = write('radar.json', exported(radarAssessment()));

describe('radar validate', () => {
  it('prints ok per valid file and exits 0', () => {
    const run = radar('validate', smith, path.join(dir, 'folder'));
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${smith}: ok (1 assessment)`,
      `${jones}: ok (1 assessment)`,
      `${smith}: ok (1 assessment)`,
    ]);
  });

  it('prints the problems of an invalid file and exits 1', () => {
    const run = radar('validate', smith, badFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${badFile}: items[4].answer: unknown option "maybe" for item M05`,
    );
  });
});

describe('radar table', () => {
  it('writes the wide table of a folder', () => {
    const out = path.join(dir, 'wide.csv');
    const run = radar('table', path.join(dir, 'folder'), '--out', out);
    expect(run.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.first_author, r.total_percentage])).toEqual([
      ['Ann Jones', '24.3'],
      ['Jane Smith', '24.3'],
    ]);
  });

  it('writes the robvis table and prints its legend', () => {
    const out = path.join(dir, 'robvis.csv');
    const run = radar('table', smith, jones, '--out', out, '--form', 'robvis');
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(
      'Study,D1,D2,D3,D4,D5,D6,D7,D8,D9,Overall,Weight',
    );
    expect(run.stdout).toContain('D1: Study design');
  });

  it('refuses a mix of rubrics with a clear message', () => {
    const run = radar(
      'table',
      smith,
      radarFile,
      '--out',
      path.join(dir, 'x.csv'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /more than one rubric: metrics 1\.0 \(1\), radar/,
    );
  });
});

describe('radar score', () => {
  it('re-scores an exported assessment to its exported figures', () => {
    for (const file of [smith, radarFile]) {
      const run = radar('score', file);
      expect(run.code).toBe(0);
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      expect(JSON.parse(run.stdout)).toEqual(doc.scores);
    }
  });
});
