import { describe, expect, it } from 'vitest';
import { stopControlEvents } from './stop-control-events.js';

function eventOn(element: Element, type: string): Event {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, 'target', { value: element });
  return event;
}

describe('stopControlEvents', () => {
  it('keeps key presses and clicks on controls away from ProseMirror, the custom slider included', () => {
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    const thumb = document.createElement('span');
    slider.append(thumb);
    expect(stopControlEvents({ event: eventOn(thumb, 'mousedown') })).toBe(true);
    expect(stopControlEvents({ event: eventOn(slider, 'keydown') })).toBe(true);
    expect(stopControlEvents({ event: eventOn(document.createElement('button'), 'click') })).toBe(true);
  });

  it('lets ProseMirror handle text and drag events', () => {
    const paragraph = document.createElement('p');
    expect(stopControlEvents({ event: eventOn(paragraph, 'keydown') })).toBe(false);
    expect(stopControlEvents({ event: eventOn(document.createElement('input'), 'drop') })).toBe(false);
  });
});
