import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../core/export';
import { requireRubric } from '../../../core/rubric/registry';
import {
  exported,
  exportOptions,
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

describe('radar validate problems', () => {
  it('says once that the item ids belong to another rubric', () => {
    // RADAR items filed under METRICS: the catalogue's core and optional items.
    const catalogue = JSON.parse(
      readFileSync(
        path.resolve(root, '../shared/rubrics/radar-catalogue.draft.json'),
        'utf8',
      ),
    );
    const count = catalogue.items.length + catalogue.optional_TR.length;
    const doc = exported(radarAssessment());
    doc.rubric = { id: 'metrics', version: '1.0', label: 'METRICS 1.0' };
    const file = write('renamed.json', doc);
    const run = radar('validate', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}: items[...]: ${count} item ids are not METRICS 1.0 ids (e.g. R-SD-01): is the rubric id right?`,
    );
    expect(run.stdout).not.toContain('unknown item');
  });

  it('shows five problems per file and counts the rest', () => {
    const doc = exported(metricsAssessment());
    for (const item of doc.items.slice(0, 9)) {
      item.answer = { kind: 'option', optionId: 'maybe' };
    }
    const file = write('nine.json', doc);
    const problems = radar('validate', file)
      .stdout.trim()
      .slice(`${file}: `.length)
      .split('; ');
    expect(problems).toHaveLength(6);
    expect(problems[4]).toMatch(/^items\[4\]\.answer: unknown option/);
    expect(problems[5]).toBe('and 4 more');
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(smith, 'utf8')}`);
    expect(radar('validate', file).stdout).toBe(`${file}: ok (1 assessment)\n`);
  });

  it('refuses an unknown flag by name instead of reading it as a file', () => {
    const run = radar('validate', '--strict', smith);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('radar: unknown option --strict');
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

  it('keeps the latest copy of an assessment found twice and says so', () => {
    // The bundle's copy of Smith is newer and turns item 4 from unclear to
    // yes: (0.2022 + 0.0438) / 0.8315 = 29.6%.
    const older = write('twice/a-smith.json', exported(metricsAssessment()));
    const newer = metricsAssessment();
    newer.items.M04 = {
      answer: { kind: 'option', optionId: 'yes' },
      updatedAt: 1_700_000_009_000,
    };
    newer.updatedAt = 1_700_000_009_000;
    const other = metricsAssessment(paper('Ann Jones', 2020, '10.1000/jones'));
    const rubric = requireRubric('metrics');
    write(
      'twice/b-bundle.json',
      exportBundle(
        [newer, other].map((assessment) => ({ assessment, rubric })),
        exportOptions,
      ),
    );
    const run = radar('table', path.join(dir, 'twice'));
    expect(run.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(run.stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.first_author, r.total_percentage])).toEqual([
      ['Jane Smith', '29.6'],
      ['Ann Jones', '24.3'],
    ]);
    expect(run.stderr).toMatch(/^radar: note: 1 duplicate assessment left out/);
    expect(run.stderr).toContain(`from ${older} (1)`);
  });

  it('reports a file it cannot write in one line', () => {
    const out = path.join(dir, 'absent-folder', 'x.csv');
    const run = radar('table', smith, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `radar: ${out}: cannot write (no such file or folder)\n`,
    );
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
