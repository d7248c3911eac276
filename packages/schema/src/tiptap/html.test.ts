// @vitest-environment jsdom
// HTML round trip needs a DOM; the package itself never touches one, so only this test runs under jsdom.
import { DOMParser, DOMSerializer } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';
import { worksheetSchema } from './extensions.js';

interface TestElement {
  innerHTML: string;
  appendChild(child: unknown): void;
  querySelector(selector: string): TestElement | null;
  querySelectorAll(selector: string): ArrayLike<TestElement>;
  getAttribute(name: string): string | null;
}
const testDocument = (globalThis as unknown as { document: { createElement(tag: string): TestElement } })
  .document;

function toHTML(json: ReturnType<typeof sampleWorksheet>): string {
  const node = worksheetSchema.nodeFromJSON(json);
  const container = testDocument.createElement('div');
  container.appendChild(DOMSerializer.fromSchema(worksheetSchema).serializeFragment(node.content));
  return container.innerHTML;
}

function fromHTML(html: string) {
  const container = testDocument.createElement('div');
  container.innerHTML = html;
  return DOMParser.fromSchema(worksheetSchema)
    .parse(container as never)
    .toJSON();
}

describe('HTML round trip', () => {
  it('gives back the same JSON for a worksheet using every node', () => {
    const json = sampleWorksheet();
    expect(fromHTML(toHTML(json))).toEqual(json);
  });

  it('renders every custom node with data-type and data-* attributes, JSON-valued ones encoded', () => {
    const container = testDocument.createElement('div');
    container.innerHTML = toHTML(sampleWorksheet());
    for (const name of Object.values(NODE_NAMES)) {
      expect(container.querySelectorAll(`[data-type="${name}"]`).length).toBeGreaterThan(0);
    }
    const scale = container.querySelector('[data-type="scale"]')!;
    expect(scale.getAttribute('data-metric-key')).toBe('suds');
    expect(scale.getAttribute('data-value')).toBe('65');
    expect(JSON.parse(scale.getAttribute('data-anchors')!)).toEqual([{ value: 50, label: 'Significant' }]);
    const checklist = container.querySelector('[data-type="checklist"]')!;
    expect(JSON.parse(checklist.getAttribute('data-checked')!)).toEqual(['mind-reading']);
  });

  it('keeps a numeric choice value a number', () => {
    const json = sampleWorksheet();
    const choice = json.content!.find((node) => node.type === 'choice')!;
    choice.attrs = {
      ...choice.attrs,
      options: [
        { value: 0, label: 'No' },
        { value: 3, label: 'Yes' },
      ],
      value: 3,
    };
    const parsed = fromHTML(toHTML(json));
    expect(parsed.content.find((node: { type: string }) => node.type === 'choice').attrs.value).toBe(3);
  });

  it('gives a node pasted without an id a fresh one', () => {
    const parsed = fromHTML('<div data-type="scale" data-label="Mood" data-min="0" data-max="10"></div>');
    const scale = parsed.content[0];
    expect(scale.attrs.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(scale.attrs).toMatchObject({ label: 'Mood', min: 0, max: 10, value: null });
  });
});
