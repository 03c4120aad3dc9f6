import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { flattenErrors } from './errors';

describe('flattenErrors', () => {
  it('finds every message with its dotted path, a field called `type` included', () => {
    const input = document.createElement('input');
    const errors = {
      type: { type: 'invalid_value', message: 'Choose the type of issue', ref: input },
      person: { firstName: { type: 'too_small', message: 'Enter the first name' } },
      steps: [undefined, { description: { type: 'custom', message: 'Describe the step' } }],
      root: { server: { type: 'conflict', message: 'Someone saved first.' } },
    } as unknown as FieldErrors;
    expect(flattenErrors(errors)).toEqual([
      { path: 'type', message: 'Choose the type of issue' },
      { path: 'person.firstName', message: 'Enter the first name' },
      { path: 'steps.1.description', message: 'Describe the step' },
      { path: 'root.server', message: 'Someone saved first.' },
    ]);
  });

  it('keeps the message of a group and of its rows', () => {
    const errors = {
      markers: Object.assign([{ description: { type: 'too_small', message: 'Describe the marker' } }], {
        type: 'too_small',
        message: 'Add at least one progress marker',
      }),
    } as unknown as FieldErrors;
    expect(flattenErrors(errors).map((e) => e.path)).toEqual(['markers', 'markers.0.description']);
  });
});
