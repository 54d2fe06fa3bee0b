import { readFileSync, writeFileSync } from 'node:fs';
import { draftFromCanvas, toElm, toOpenBadgesAchievement } from './src/index.js';
import { FIXTURE_OPTIONS } from './src/__fixtures__/load.js';
const fx = (n: string) => JSON.parse(readFileSync(`src/__fixtures__/${n}`, 'utf8'));
const w = (n: string, v: unknown) => writeFileSync(`src/__fixtures__/${n}`, JSON.stringify(v, null, 2) + '\n');
w('expected-elm-annex-sample.json', toElm(draftFromCanvas(fx('annex-sample-canvas.json'), { id: 'annex-i-sample', language: 'en' })));
const d = draftFromCanvas(fx('filled-canvas.json'), FIXTURE_OPTIONS);
w('expected-elm.json', toElm(d));
w('expected-ob3.json', toOpenBadgesAchievement(d));
