import { readFileSync } from 'node:fs';
import { draftFromCanvas, toDescriptionHtml } from './src/index.js';
const d = draftFromCanvas(JSON.parse(readFileSync('src/__fixtures__/' + process.argv[2], 'utf8')), { id: 'x', language: process.argv[3] ?? 'en' });
console.log(toDescriptionHtml(d).split('<main>')[1].replace(/<\/?(section|ul)>\n?/g, ''));
