import { describe, expect, it } from 'vitest';
import { renderOpenApiDocsPage } from './openapi-docs-page.js';

describe('renderOpenApiDocsPage', () => {
  it('names the API without its version, and says the version in words', () => {
    const page = renderOpenApiDocsPage({ info: { title: 'Interlude API', version: '1' } });
    expect(page).toContain('<title>Interlude API</title>');
    expect(page).toContain('<h1>Interlude API</h1>');
    expect(page).toContain('<p>Version 1</p>');
    expect(page).not.toContain('Interlude API 1');
  });
});
