import path from 'node:path';
import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

test('defaults: port 8787, ./data, demo seed on, durable SQLite', () => {
  const config = loadConfig({}, null);
  expect(config.port).toBe(8787);
  expect(config.dataDir).toBe(path.resolve('./data'));
  expect(config.seedDemo).toBe(true);
  expect(config.sqliteSynchronous).toBe('FULL');
  expect(config.secureCookies).toBe(false);
});

test('an https public URL turns on Secure cookies and joins the allowed origins', () => {
  const config = loadConfig(
    { PUBLIC_URL: 'https://app.example.org/', ALLOWED_ORIGINS: 'https://a.example' },
    null,
  );
  expect(config.secureCookies).toBe(true);
  expect(config.allowedOrigins).toEqual(['https://a.example', 'https://app.example.org']);
});

test('invalid settings are refused with a message that names them', () => {
  expect(() => loadConfig({ PORT: 'eighty' }, null)).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: 'eighty' }, null)).toThrow(/PORT/);
});

test('REDIS_URL turns on sharing between relay instances; without it, or empty, nothing changes', () => {
  expect(loadConfig({}, null).redisUrl).toBeNull();
  expect(loadConfig({ REDIS_URL: '' }, null).redisUrl).toBeNull();
  expect(loadConfig({ REDIS_URL: 'redis://cache.internal:6379/2' }, null).redisUrl).toBe(
    'redis://cache.internal:6379/2',
  );
  expect(loadConfig({ REDIS_URL: 'rediss://user:secret@cache.example:6380' }, null).redisUrl).toBe(
    'rediss://user:secret@cache.example:6380',
  );
  expect(() => loadConfig({ REDIS_URL: 'http://cache.internal' }, null)).toThrow(/REDIS_URL/);
  expect(() => loadConfig({ REDIS_URL: 'not a url' }, null)).toThrow(/REDIS_URL/);
});

test('DATABASE_URL moves storage to Postgres; without it, or empty, the embedded SQLite stays', () => {
  expect(loadConfig({}, null).databaseUrl).toBeNull();
  expect(loadConfig({ DATABASE_URL: '' }, null).databaseUrl).toBeNull();
  const url = 'postgres://interlude:secret@db.internal:5432/interlude';
  expect(loadConfig({ DATABASE_URL: url }, null).databaseUrl).toBe(url);
  expect(loadConfig({ DATABASE_URL: 'postgresql://db.internal/interlude' }, null).databaseUrl).toBe(
    'postgresql://db.internal/interlude',
  );
  expect(() => loadConfig({ DATABASE_URL: 'mysql://db.internal/interlude' }, null)).toThrow(/DATABASE_URL/);
  expect(() => loadConfig({ DATABASE_URL: 'interlude.sqlite' }, null)).toThrow(/DATABASE_URL/);
});

test('ALLOWED_ORIGINS entries are read as origins: a trailing slash is dropped, and what is not one stops the start', () => {
  expect(
    loadConfig({ ALLOWED_ORIGINS: 'https://a.example/, http://localhost:8790/' }, null).allowedOrigins,
  ).toEqual(['https://a.example', 'http://localhost:8790']);
  expect(() => loadConfig({ ALLOWED_ORIGINS: 'a.example' }, null)).toThrow(/ALLOWED_ORIGINS: "a.example"/);
  expect(() => loadConfig({ ALLOWED_ORIGINS: 'ftp://a.example' }, null)).toThrow(/ALLOWED_ORIGINS/);
});
