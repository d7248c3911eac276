import { describe, expect, test } from 'vitest';
import { doc, prompt } from '../content/builders.js';
import { templateCatalogue } from '../templates/templateCatalogue.js';
import { questionsOf } from './questionsOf.js';
import { searchTemplates } from './searchTemplates.js';

const library = templateCatalogue.map((template) => ({
  ...template,
  questions: questionsOf(template.content),
}));
const ids = (filters: Parameters<typeof searchTemplates>[1]) =>
  searchTemplates(library, filters).map((template) => template.id);

describe('searching the library by words', () => {
  test('no query and no filter lists every template in catalogue order', () => {
    expect(ids({})).toEqual(templateCatalogue.map((template) => template.id));
    expect(ids({ query: '   ' })).toHaveLength(templateCatalogue.length);
  });

  test('finds by the start of words in the title, in any case, every word required', () => {
    expect(ids({ query: 'THOU rec' })).toEqual(['thought-record']);
    expect(ids({ query: 'record' })).toEqual(['thought-record']);
    expect(ids({ query: 'thought ladder' })).toEqual([]);
  });

  test('finds by purpose, tags, approach and topic names', () => {
    expect(ids({ query: 'sleep window' })).toEqual(['sleep-diary']);
    expect(ids({ query: 'gratitude' })).toEqual(['three-good-things']);
    expect(ids({ query: 'dialectical' })).toEqual([]);
    expect(ids({ query: 'insomnia' })).toEqual(['sleep-diary']);
    expect(ids({ query: 'phobias' })).toEqual(['exposure-ladder']);
  });

  test('finds by the questions the template asks', () => {
    expect(ids({ query: 'facts support the hot thought' })).toEqual(['thought-record']);
    expect(ids({ query: 'little interest pleasure' })).toEqual(['phq-9']);
  });

  test('a plural finds the singular', () => {
    expect(ids({ query: 'thoughts record' })).toEqual(['thought-record']);
    expect(ids({ query: 'worries' })).toContain('worry-time');
  });

  test('punctuation and accents do not get in the way', () => {
    expect(ids({ query: 'worry-time' })).toContain('worry-time');
    expect(ids({ query: 'wörry' })).toContain('worry-time');
  });

  test('searches templates written by the practice like built-in ones', () => {
    const own = {
      ...library[0]!,
      id: 'own',
      title: 'Panic diary',
      purpose: 'Log panic attacks.',
      tags: [],
      questions: questionsOf(doc(prompt({ id: 'bodily', question: 'What did you feel in your chest?' }))),
    };
    expect(searchTemplates([own], { query: 'chest' }).map((template) => template.id)).toEqual(['own']);
  });
});

describe('filtering the library', () => {
  test('by kind: any selected kind matches', () => {
    expect(ids({ kinds: ['measure'] })).toEqual(['phq-9', 'gad-7']);
    const journalsAndGoals = ids({ kinds: ['journaling', 'goal-setting'] });
    expect(journalsAndGoals).toContain('mood-journal');
    expect(journalsAndGoals).toContain('smart-goal');
    expect(journalsAndGoals).not.toContain('thought-record');
  });

  test('by approach and topic, all facets together with the query', () => {
    expect(ids({ approaches: ['dbt'] })).toEqual(['emotion-urge-diary']);
    expect(ids({ topics: ['sleep'] })).toEqual(['sleep-diary']);
    const anxietyCbt = ids({ approaches: ['cbt'], topics: ['anxiety'] });
    expect(anxietyCbt).toContain('thought-record');
    expect(anxietyCbt).toContain('worry-time');
    expect(anxietyCbt).not.toContain('gad-7');
    expect(ids({ approaches: ['cbt'], topics: ['anxiety'], query: 'worry' })).toEqual(['worry-time']);
  });
});
