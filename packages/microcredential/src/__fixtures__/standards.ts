/**
 * Offline validation against the official artefacts vendored in `vendor/` (see vendor/README.md):
 * JSON Schema (ajv, draft 2019-09), JSON-LD expansion in safe mode (jsonld with a document loader
 * that serves the vendored contexts; no network), and SHACL (rdf-validate-shacl over the N-Quads of
 * the expansion, parsed with n3). Shapes and schemas load once per test file and are shared. Test
 * helper only: excluded from the build with the tests.
 */
import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import factory from 'rdf-validate-shacl/src/defaultEnv.js';

const vendored = (path: string): string => readFileSync(new URL(`../../vendor/${path}`, import.meta.url), 'utf8');
const vendoredJson = (path: string): Record<string, unknown> => JSON.parse(vendored(path)) as Record<string, unknown>;

/** Every context the exports (and the Commission's sample) name, served from disk. */
const CONTEXTS = new Map<string, unknown>([
  ['https://www.w3.org/ns/credentials/v2', vendoredJson('ob3/credentials-v2.jsonld')],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', vendoredJson('ob3/context-3.0.3.json')],
  ['https://purl.imsglobal.org/spec/ob-assessment/v2p0/context', vendoredJson('ob3-assessment/context.json')],
  ['https://www.w3.org/2018/credentials/v1', vendoredJson('elm/credentials-v1.jsonld')],
  ['http://data.europa.eu/snb/model/context/edc-ap', vendoredJson('elm/edc-ap-context.jsonld')],
]);

/** The document loader: vendored contexts only; any other URL is an error, so nothing is fetched. */
export async function documentLoader(url: string) {
  const document = CONTEXTS.get(url);
  if (document === undefined) throw new Error(`No offline copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

type JsonLd = Record<string, unknown>;
const ld = jsonld as unknown as {
  expand: (doc: unknown, options: Record<string, unknown>) => Promise<JsonLd[]>;
  toRDF: (doc: unknown, options: Record<string, unknown>) => Promise<string>;
};

/** JSON-LD expansion in safe mode: a term the contexts do not define is an error, not a dropped value. */
export function expandSafe(doc: unknown): Promise<JsonLd[]> {
  return ld.expand(doc, { documentLoader, safe: true });
}

/** Every node object of an expanded document (depth first), with the key that led to it. */
export function nodesOf(expanded: unknown): JsonLd[] {
  const nodes: JsonLd[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const object = value as JsonLd;
      if (!('@value' in object) && !('@list' in object)) {
        if (Object.keys(object).some((key) => !key.startsWith('@')) || '@type' in object) nodes.push(object);
        for (const [key, child] of Object.entries(object)) if (!key.startsWith('@')) walk(child);
      }
    }
  };
  walk(expanded);
  return nodes;
}

/** The RDF dataset of an expanded document, via N-Quads parsed with n3. */
export async function toDataset(expanded: JsonLd[]) {
  const nquads = await ld.toRDF(expanded, { format: 'application/n-quads' });
  return factory.dataset(new Parser({ format: 'N-Quads' }).parse(nquads));
}

const turtle = (path: string): Quad[] => new Parser().parse(vendored(path));

/**
 * SHACL's `sh:pattern` follows XPath regular expressions; the LOQ shapes write case-insensitivity as
 * Java's inline `(?i)`, which JavaScript rejects. The same meaning in SHACL is `sh:flags "i"`, so the
 * harness moves the flag there (and changes nothing else in the published shapes).
 */
function javaInlineFlagsToShFlags(quads: Quad[]): Quad[] {
  const SH = 'http://www.w3.org/ns/shacl#';
  return quads.flatMap((quad) => {
    if (quad.predicate.value !== `${SH}pattern` || !quad.object.value.startsWith('^(?i)')) return [quad];
    return [
      factory.quad(quad.subject, quad.predicate, factory.literal(`^${quad.object.value.slice('^(?i)'.length)}`)),
      factory.quad(quad.subject, factory.namedNode(`${SH}flags`), factory.literal('i')),
    ];
  });
}

let edcValidator: SHACLValidator | undefined;
let loqValidator: SHACLValidator | undefined;
// owl:imports of the shapes name the published ontologies; the files they need are loaded here already.
const noImports = { importGraph: async () => factory.dataset() };

/** EDC generic shapes with the controlled-vocabulary shapes (`EDC-generic-full` imports `-no-cv`). */
export function edcShapes(): SHACLValidator {
  edcValidator ??= new SHACLValidator(factory.dataset([...turtle('elm/EDC-generic-no-cv.ttl'), ...turtle('elm/EDC-generic-full.ttl')]), noImports);
  return edcValidator;
}

/** Europass LOQ shapes with their controlled-vocabulary shapes (`-mdr`). */
export function loqShapes(): SHACLValidator {
  loqValidator ??= new SHACLValidator(
    factory.dataset(javaInlineFlagsToShFlags([...turtle('elm/LOQ-constraints.ttl'), ...turtle('elm/LOQ-constraints-mdr.ttl')])),
    noImports,
  );
  return loqValidator;
}

/** One SHACL result, reduced to what a test message needs. */
export interface Violation {
  focus: string;
  path: string;
  message: string;
}

/** Validates a dataset; `[]` when it conforms. */
export async function violations(validator: SHACLValidator, dataset: ReturnType<typeof factory.dataset>): Promise<Violation[]> {
  const report = await validator.validate(dataset);
  return report.results.map((result) => ({
    focus: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    message: result.message.map((m) => m.value).join(' | '),
  }));
}

/** The OB 3.0 AchievementCredential schema and the Assessment Extension schema, compiled once. */
let ajv: InstanceType<typeof Ajv2019> | undefined;
const OB_SCHEMA = vendoredJson('ob3/ob_v3p0_achievementcredential_schema.json');
const ASSESSMENT_SCHEMA = vendoredJson('ob3-assessment/schema.json');

function schemas(): InstanceType<typeof Ajv2019> {
  if (ajv === undefined) {
    ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(OB_SCHEMA);
    // The published extension schema refers to `#/definitions/…` but keeps them under `$defs`;
    // the alias lets ajv resolve the references without changing the definitions themselves.
    ajv.addSchema({ ...ASSESSMENT_SCHEMA, definitions: ASSESSMENT_SCHEMA.$defs });
  }
  return ajv;
}

/** Validates against a schema by reference; `[]` when valid, else ajv's errors as text. */
export function schemaErrors(ref: string, value: unknown): string[] {
  const validate = schemas().getSchema(ref);
  if (validate === undefined) throw new Error(`No schema ${ref}`);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

export const OB_ACHIEVEMENT = `${String(OB_SCHEMA.$id)}#/$defs/Achievement`;
export const OB_CREDENTIAL = String(OB_SCHEMA.$id);
export const OB_ASSESSMENT_EXTENSION = String(ASSESSMENT_SCHEMA.$id);

/**
 * An unsigned OpenBadgeCredential wrapping an achievement, as an issuing platform would build it:
 * the schema of the whole credential needs an issuer and a date, which the design does not have.
 */
export function wrapInCredential(achievement: Record<string, unknown>): Record<string, unknown> {
  const { '@context': context, ...body } = achievement;
  const creator = body.creator as Record<string, unknown> | undefined;
  return {
    '@context': context,
    id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: creator ?? { id: 'urn:uuid:11111111-1111-4111-8111-111111111111', type: ['Profile'], name: 'Test issuer' },
    validFrom: '2025-01-01T00:00:00Z',
    name: body.name,
    credentialSubject: { type: ['AchievementSubject'], achievement: body },
  };
}
