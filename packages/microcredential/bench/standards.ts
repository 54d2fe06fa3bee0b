/**
 * How long the standards checks of the tests take: loading the SHACL shapes, JSON-LD expansion,
 * RDF conversion and SHACL validation (EDC, LOQ) of one ELM export. Run from this package:
 *
 *   nice -n 10 npx tsx bench/standards.ts [runs]
 *
 * Prints medians (ms) over `runs` repetitions (default 15) after one cold run, and the ratio of
 * SHACL to the rest, so the test suite can be kept lean (validate once per fixture, share shapes).
 */
import { readFileSync } from 'node:fs';
import { edcShapes, expandSafe, loqShapes, toDataset, violations } from '../src/__fixtures__/standards.js';
import { draftFromCanvas } from '../src/fromCanvas.js';
import { toElm } from '../src/elm.js';

const runs = Number(process.argv[2] ?? 15);
const canvas = JSON.parse(readFileSync(new URL('../src/__fixtures__/filled-canvas.json', import.meta.url), 'utf8'));
const docs = {
  full: toElm(draftFromCanvas(canvas, { id: 'bench-full', language: 'en' })),
  empty: toElm(draftFromCanvas({}, { id: 'bench-empty', language: 'en' })),
};

const time = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => value.toFixed(1).padStart(8);

const loadShapes = await time(async () => {
  edcShapes();
  loqShapes();
});
console.log(`node ${process.version}, ${runs} runs after one cold run; medians in ms`);
console.log(`load + parse shapes (EDC full + no-cv, LOQ + mdr), once: ${loadShapes.toFixed(1)} ms`);
console.log('document   expand  toRDF+n3   SHACL EDC  SHACL LOQ   cold EDC  quads');
for (const [name, doc] of Object.entries(docs)) {
  const coldExpanded = await expandSafe(doc);
  const coldDataset = await toDataset(coldExpanded);
  const coldEdc = await time(() => violations(edcShapes(), coldDataset));
  await violations(loqShapes(), coldDataset);
  const t = { expand: [] as number[], rdf: [] as number[], edc: [] as number[], loq: [] as number[] };
  let quads = 0;
  for (let i = 0; i < runs; i++) {
    let expanded: Awaited<ReturnType<typeof expandSafe>> = [];
    t.expand.push(await time(async () => (expanded = await expandSafe(doc))));
    let dataset: Awaited<ReturnType<typeof toDataset>> | undefined;
    t.rdf.push(await time(async () => (dataset = await toDataset(expanded))));
    quads = dataset!.size;
    t.edc.push(await time(() => violations(edcShapes(), dataset!)));
    t.loq.push(await time(() => violations(loqShapes(), dataset!)));
  }
  console.log(`${name.padEnd(8)}${ms(median(t.expand))}${ms(median(t.rdf))}${ms(median(t.edc))}   ${ms(median(t.loq))}   ${ms(coldEdc)}  ${String(quads).padStart(5)}`);
}
