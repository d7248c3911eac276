import type { Attribute } from '@tiptap/core';
import { createNodeId } from '../ids/createNodeId.js';

/**
 * Builders for node attributes that round-trip through HTML as `data-*` attributes. The element is typed
 * structurally because this package compiles without the DOM library.
 */
interface AttributeReader {
  getAttribute(name: string): string | null;
}

/** `metricKey` → `data-metric-key`. */
export function dataAttributeName(attributeName: string): string {
  return `data-${attributeName.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function attribute<T>(
  name: string,
  defaultValue: T,
  decode: (raw: string) => T,
  encode: (value: T) => string,
): Attribute {
  const htmlName = dataAttributeName(name);
  return {
    default: defaultValue,
    parseHTML: (element: AttributeReader) => {
      const raw = element.getAttribute(htmlName);
      return raw === null ? defaultValue : decode(raw);
    },
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[name] as T | null | undefined;
      return value === null || value === undefined ? {} : { [htmlName]: encode(value) };
    },
  };
}

export function textAttribute(name: string, defaultValue: string | null = ''): Attribute {
  return attribute<string | null>(name, defaultValue, (raw) => raw, String);
}

export function numberAttribute(name: string, defaultValue: number | null): Attribute {
  return attribute<number | null>(
    name,
    defaultValue,
    (raw) => {
      const parsed = Number(raw);
      return raw.trim() === '' || Number.isNaN(parsed) ? defaultValue : parsed;
    },
    String,
  );
}

export function booleanAttribute(name: string, defaultValue: boolean): Attribute {
  return attribute<boolean>(name, defaultValue, (raw) => raw === 'true', String);
}

/** Arrays, objects and values whose type must survive HTML (a choice's `3` stays a number). */
export function jsonAttribute(name: string, defaultValue: unknown): Attribute {
  return attribute<unknown>(
    name,
    defaultValue,
    (raw) => {
      try {
        return JSON.parse(raw);
      } catch {
        return defaultValue;
      }
    },
    (value) => JSON.stringify(value),
  );
}

/** The stable node id: kept from HTML when present, generated when a node arrives without one. */
export function idAttribute(): Attribute {
  return {
    default: null,
    keepOnSplit: false,
    parseHTML: (element: AttributeReader) => element.getAttribute('data-id') ?? createNodeId(),
    renderHTML: (attributes: Record<string, unknown>) =>
      typeof attributes.id === 'string' ? { 'data-id': attributes.id } : {},
  };
}
