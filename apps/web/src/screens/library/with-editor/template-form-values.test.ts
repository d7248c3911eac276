import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http';
import { importProblemsOf } from '../../../api/templates';
import { templateInputOf } from './template-form-values';

describe('the template details form', () => {
  it('sends trimmed details, tags split at commas and minutes as a number', () => {
    const content = { type: 'doc', content: [] };
    const input = templateInputOf(
      {
        title: '  Panic diary ',
        purpose: 'Log attacks. ',
        description: '',
        kind: 'journaling',
        approaches: ['cbt'],
        topics: ['anxiety'],
        estimatedMinutes: 10,
        tags: 'panic, , body sensations ',
      },
      content,
    );
    expect(input).toEqual({
      title: 'Panic diary',
      purpose: 'Log attacks.',
      description: '',
      kind: 'journaling',
      approaches: ['cbt'],
      topics: ['anxiety'],
      estimatedMinutes: 10,
      tags: ['panic', 'body sensations'],
      content,
    });
  });
});

describe('a refused template file', () => {
  it('lists each problem the server named', () => {
    const problems = [{ code: 'unknown-node', message: 'The file holds a block Interlude does not know.' }];
    const refused = new ApiError(422, 'invalid-template-file', 'This file is not a template.', {
      code: 'invalid-template-file',
      problems,
    });
    expect(importProblemsOf(refused)).toEqual(problems);
    expect(importProblemsOf(new ApiError(500, 'http-500', 'Something went wrong.'))).toEqual([]);
  });
});
