// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewerForm } from '@/components/sidepanel/ReviewerForm';

afterEach(cleanup);

describe('ReviewerForm', () => {
  it('saves the trimmed name', () => {
    const onSave = vi.fn();
    render(<ReviewerForm reviewer="" onSave={onSave} />);
    const field = screen.getByLabelText('Reviewer name');
    fireEvent.input(field, { target: { value: '  Ada  ' } });
    fireEvent.submit(field.closest('form')!);
    expect(onSave).toHaveBeenCalledWith('Ada');
  });

  it('says why a name of spaces is not saved', () => {
    const onSave = vi.fn();
    render(<ReviewerForm reviewer="" onSave={onSave} />);
    const field = screen.getByLabelText('Reviewer name');
    fireEvent.input(field, { target: { value: '   ' } });
    fireEvent.submit(field.closest('form')!);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Enter a name');
  });
});
