// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { StorageWriteError } from '@/components/platform/assessment-store';
import { exportAssessment } from '@/core/export';
import { requireRubric } from '@/core/rubric';
import { stubCanvas } from '../report/canvas-stub';
import {
  exportOptions,
  metricsAssessment,
  radarAssessment,
} from '../report/fixtures';
import { fakeStore } from './fake-store';

beforeEach(stubCanvas);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function exported(reviewer = 'Grace') {
  const a = metricsAssessment(reviewer);
  return exportAssessment(a, requireRubric('metrics'), exportOptions);
}

async function dropFile(name: string, text: string) {
  await dropFiles([[name, text]]);
}

async function dropFiles(files: [name: string, text: string][]) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const list = files.map(
    ([name, text]) => new File([text], name, { type: 'application/json' }),
  );
  Object.defineProperty(input, 'files', { value: list, configurable: true });
  fireEvent.change(input);
}

describe('dashboard import', () => {
  it('refuses a file with a wrong answer, names the place and saves nothing', async () => {
    const { store } = fakeStore();
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('No assessment saved yet.');
    const doc = exported();
    doc.items[0]!.answer = { kind: 'option', optionId: 'maybe' };

    await dropFile('bad.json', JSON.stringify(doc));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('nothing was changed');
    expect(alert.textContent).toContain('bad.json: items[0].answer');
    expect(alert.textContent).toContain('"maybe"');
    expect(store.save).not.toHaveBeenCalled();
  });

  it('refuses a file that is not JSON', async () => {
    const { store } = fakeStore();
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('No assessment saved yet.');
    await dropFile('notes.json', '{ not json');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'notes.json: not JSON',
    );
    expect(store.save).not.toHaveBeenCalled();
  });

  it('adds a valid file once; importing it again changes nothing', async () => {
    const { store, records } = fakeStore();
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('No assessment saved yet.');
    const text = JSON.stringify(exported());

    await dropFile('one.json', text);
    expect((await screen.findByRole('status')).textContent).toContain(
      '1 added, 0 updated, 0 unchanged',
    );
    await screen.findByText('Deep learning for lung nodules');
    await dropFile('one.json', text);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        '0 added, 0 updated, 1 unchanged',
      ),
    );
    expect(records.size).toBe(1);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const { store, records } = fakeStore();
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('No assessment saved yet.');
    await dropFile('bom.json', '\uFEFF' + JSON.stringify(exported()));
    expect((await screen.findByRole('status')).textContent).toContain(
      '1 added',
    );
    expect(records.size).toBe(1);
  });
});

describe('dashboard import failures', () => {
  const quotaError = () =>
    new StorageWriteError('The browser has no room left for the data.');

  it('replaces an older error with the storage failure and keeps what was saved', async () => {
    const stored = metricsAssessment('Stored Reviewer');
    const { store, records } = fakeStore([stored]);
    const merge = store.save.getMockImplementation()!;
    store.save.mockImplementation(async (a) => {
      if (a.reviewer === 'Ada') throw quotaError();
      return merge(a);
    });
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('Stored Reviewer');
    await dropFile('blank.json', JSON.stringify(exported('')));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'blank.json: reviewer: empty',
    );

    await dropFiles([
      ['grace.json', JSON.stringify(exported('Grace'))],
      ['ada.json', JSON.stringify(exported('Ada'))],
    ]);

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('no room left'),
    );
    const alert = screen.getByRole('alert').textContent!;
    expect(alert).toContain('stopped after 1 of 2 assessments');
    expect(alert).not.toContain('blank.json');
    expect([...records.values()].map((a) => a.reviewer).sort()).toEqual([
      'Grace',
      'Stored Reviewer',
    ]);
    await screen.findByText('Grace');
  });

  it('shows a failure of the first write as a refusal that changed nothing', async () => {
    const { store, records } = fakeStore();
    store.save.mockRejectedValue(quotaError());
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('No assessment saved yet.');
    await dropFile('one.json', JSON.stringify(exported()));
    const alert = (await screen.findByRole('alert')).textContent;
    expect(alert).toContain('nothing was changed');
    expect(alert).toContain('no room left');
    expect(records.size).toBe(0);
  });

  it('clears an older error when an import succeeds', async () => {
    const { store } = fakeStore();
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    await screen.findByText('No assessment saved yet.');
    await dropFile('notes.json', '{ not json');
    await screen.findByRole('alert');
    await dropFile('one.json', JSON.stringify(exported()));
    await screen.findByRole('status');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('dashboard library', () => {
  it('lists an assessment with its total and answered count', async () => {
    const { store } = fakeStore([metricsAssessment()]);
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    const row = (
      await screen.findByText('Deep learning for lung nodules')
    ).closest('tr')!;
    // 30 items less M08-M10 (segmentation), M12 (hand-crafted features) and
    // M14-M16 (tabular features): 23 apply.
    expect(row.textContent).toContain('24.3 %');
    expect(row.textContent).toContain('3 of 23');
    expect(row.querySelector('a')!.getAttribute('href')).toBe(
      `report.html?id=${encodeURIComponent(metricsAssessment().id)}`,
    );
  });

  it('deletes only after the confirmation', async () => {
    const { store } = fakeStore([metricsAssessment()]);
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(store.remove).not.toHaveBeenCalled();
    // Focus lands on the harmless choice of the confirmation.
    expect(document.activeElement?.textContent).toBe('Keep');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('No assessment saved yet.');
    expect(store.remove).toHaveBeenCalledWith(metricsAssessment().id);
    expect(screen.getByRole('status').textContent).toContain(
      'Deleted the assessment of “Deep learning for lung nodules”',
    );
  });

  it('gives focus back to Delete when the reviewer keeps the assessment', async () => {
    const { store } = fakeStore([metricsAssessment()]);
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(document.activeElement?.textContent).toBe('Delete');
    expect(store.remove).not.toHaveBeenCalled();
  });
});

describe('dashboard comparison', () => {
  it('refuses to compare assessments of different rubrics', async () => {
    const { store } = fakeStore([metricsAssessment(), radarAssessment()]);
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    const boxes = await screen.findAllByRole('checkbox');
    boxes.forEach((box) => fireEvent.click(box));
    fireEvent.click(screen.getByRole('button', { name: /^Compare/ }));
    const refusal = screen.getByRole('status');
    expect(refusal.textContent).toContain('one rubric');
    expect(refusal.textContent).toContain('METRICS 1.0');
    expect(refusal.textContent).toContain('RADAR draft catalogue v0.1');
    expect(document.querySelector('.compare svg')).toBeNull();
  });

  it('overlays two assessments of one rubric with named series', async () => {
    const ada = metricsAssessment('Ada');
    const { store } = fakeStore([metricsAssessment('Grace'), ada]);
    render(<DashboardApp store={store} extensionVersion="0.1.0" />);
    const boxes = await screen.findAllByRole('checkbox');
    boxes.forEach((box) => fireEvent.click(box));
    fireEvent.click(screen.getByRole('button', { name: /^Compare/ }));
    expect(document.querySelector('.compare .radar-plot svg')).toBeTruthy();
    const legends = document.querySelectorAll('.compare .series-legend');
    expect(legends).toHaveLength(2); // one under the radar plot, one under the bars
    for (const legend of legends) {
      expect(legend.textContent).toBe(
        'Ada Lovelace 2023 – GraceAda Lovelace 2023 – Ada',
      );
    }
  });
});
