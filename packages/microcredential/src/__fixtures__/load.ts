import { readFileSync } from 'node:fs';

/** Reads a JSON fixture from this folder (test helper; excluded from the build with the tests). */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as T;
}

/** The draft options every golden file was written for. */
export const FIXTURE_OPTIONS = {
  id: '3f6c1a52-8e0b-4c7d-9a41-2b5e7d9c0f18',
  language: 'en',
  issuerUrl: 'https://example.org/issuer',
} as const;
