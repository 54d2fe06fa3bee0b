/**
 * How far `async` would spread if the storage interfaces became asynchronous (issue 15 spike).
 *
 * Resolves every call in the server-side sources with the TypeScript checker (not by name, so that
 * `get`/`list`/`delete` of unrelated objects are not counted), keeps the calls whose target is a method
 * of a class in packages/storage/src or of the BoardStore interface, then follows callers upwards:
 * a function that awaits becomes async, so every function calling it must await too.
 *
 *   pnpm exec tsx docs/design/pgspike/async-ripple.ts            # summary
 *   pnpm exec tsx docs/design/pgspike/async-ripple.ts --list     # every direct call site
 */
import ts from 'typescript';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const list = process.argv.includes('--list');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

// Server side only: the web app talks to the server over HTTP and never sees a repository.
const dirs = [
  ...readdirSync(join(root, 'packages')).flatMap((p) => ['src', 'test'].map((s) => join(root, 'packages', p, s))),
  join(root, 'apps/server/src'),
  join(root, 'apps/server/test'),
  join(root, 'apps/server/bench'),
].filter((d) => { try { return statSync(d).isDirectory(); } catch { return false; } });
const files = dirs.flatMap((d) => walk(d));

const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  jsx: ts.JsxEmit.ReactJSX,
  baseUrl: root,
  // Sources instead of built .d.ts, so a fresh checkout needs no build.
  paths: { '@canvas/*': ['packages/*/src/index.ts'] },
});
const checker = program.getTypeChecker();

const storageDir = join(root, 'packages/storage/src');
const typesFile = join(root, 'packages/sync-server/src/types.ts');
const isTest = (f: string) => /\.test\.tsx?$/.test(f) || /\/test\//.test(f);
const rel = (f: string) => relative(root, f);

type Fn = ts.FunctionLikeDeclaration;
function enclosingFunction(n: ts.Node): Fn | undefined {
  for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) && 'body' in p && p.body) return p as Fn;
  return undefined;
}
/** The function a call lands in, when it is one of ours (method, function, or const arrow). */
function targetOf(call: ts.CallExpression): ts.Declaration | undefined {
  const sym0 = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression);
  if (!sym0) return undefined;
  const sym = sym0.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym0) : sym0;
  const d = sym.valueDeclaration ?? sym.declarations?.[0];
  if (!d) return undefined;
  if (ts.isVariableDeclaration(d) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) return d.initializer;
  if (ts.isPropertyAssignment(d) && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) return d.initializer;
  return d;
}
const isStorageMethod = (d: ts.Declaration) => {
  const f = d.getSourceFile().fileName;
  if (f === typesFile) return ts.isMethodSignature(d) && ts.isInterfaceDeclaration(d.parent) && d.parent.name.text === 'BoardStore';
  return f.startsWith(storageDir + '/') && !isTest(f) && (ts.isMethodDeclaration(d) || ts.isMethodSignature(d)) &&
    !!d.parent && ts.isClassDeclaration(d.parent) && !(ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Private);
};
const nameOf = (d: ts.Declaration): string => {
  const own = (d as { name?: ts.Node }).name;
  const cls = d.parent && (ts.isClassDeclaration(d.parent) || ts.isInterfaceDeclaration(d.parent)) ? d.parent.name?.text + '.' : '';
  if (own && ts.isIdentifier(own)) return cls + own.text;
  const p = d.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && ts.isPropertyAssignment(p)) return p.name.getText();
  return '(anonymous)';
};

// Every call in our files, resolved once.
const calls: Array<{ call: ts.CallExpression; target: ts.Declaration; file: string }> = [];
for (const sf of program.getSourceFiles()) {
  if (!files.includes(sf.fileName)) continue;
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) { const t = targetOf(n); if (t) calls.push({ call: n, target: t, file: sf.fileName }); }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

const outsideStorage = (f: string) => !f.startsWith(storageDir + '/');
const direct = calls.filter((c) => isStorageMethod(c.target) && outsideStorage(c.file));
const methodsUsed = new Map<string, number>();
for (const c of direct) methodsUsed.set(nameOf(c.target), (methodsUsed.get(nameOf(c.target)) ?? 0) + 1);

// Ripple: functions that contain a storage call become async; then their callers, until nothing changes.
const asyncFns = new Set<ts.Node>();
for (const c of direct) { const f = enclosingFunction(c.call); if (f) asyncFns.add(f); }
const rippleCalls = new Set<ts.CallExpression>(direct.map((c) => c.call));
for (let changed = true; changed;) {
  changed = false;
  for (const c of calls) {
    if (!asyncFns.has(c.target) || rippleCalls.has(c.call)) continue;
    rippleCalls.add(c.call);
    const f = enclosingFunction(c.call);
    if (f && !asyncFns.has(f)) { asyncFns.add(f); changed = true; }
  }
}
const alreadyAsync = [...asyncFns].filter((f) => ts.getCombinedModifierFlags(f as ts.Declaration) & ts.ModifierFlags.Async).length;
const rippleByFile = new Map<string, number>();
for (const call of rippleCalls) { const f = rel(call.getSourceFile().fileName); rippleByFile.set(f, (rippleByFile.get(f) ?? 0) + 1); }

const split = (xs: string[]) => ({ src: xs.filter((f) => !isTest(f)).length, test: xs.filter(isTest).length });
const directFiles = [...new Set(direct.map((c) => rel(c.file)))];
console.log(`files scanned: ${files.length}; calls resolved: ${calls.length}`);
console.log(`direct calls to storage methods outside packages/storage: ${direct.length} ` +
  `(src ${direct.filter((c) => !isTest(c.file)).length}, tests ${direct.filter((c) => isTest(c.file)).length}) ` +
  `in ${directFiles.length} files (${JSON.stringify(split(directFiles))}); distinct methods ${methodsUsed.size}`);
console.log(`ripple: ${asyncFns.size} functions would await (${alreadyAsync} already async), ` +
  `${rippleCalls.size} call sites to change in ${rippleByFile.size} files (${JSON.stringify(split([...rippleByFile.keys()]))})`);
const byPkg = new Map<string, number>();
for (const [f, n] of rippleByFile) { const k = f.split('/').slice(0, 2).join('/'); byPkg.set(k, (byPkg.get(k) ?? 0) + n); }
console.log('ripple call sites by package:', Object.fromEntries([...byPkg].sort((a, b) => b[1] - a[1])));
console.log('direct calls by method (top 25):', Object.fromEntries([...methodsUsed].sort((a, b) => b[1] - a[1]).slice(0, 25)));
if (list) {
  for (const c of direct) {
    const { line } = c.call.getSourceFile().getLineAndCharacterOfPosition(c.call.getStart());
    console.log(`${rel(c.file)}:${line + 1}\t${nameOf(c.target)}`);
  }
}
