/**
 * YAML text + zod schema → value or problems that name the file, the line and
 * the field, and say what to do.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { IngestProblem } from './errors.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: IngestProblem[] };

/** Field-specific advice; falls back to the schema's own message. */
function fixFor(issue: z.core.$ZodIssue, knownKeys: readonly string[], missing: boolean): string {
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = `remove it, or use one of the known keys: ${knownKeys.join(', ')}`;
    // `{label: Earth, ocean and polar science}` reads as label "Earth" and a key "ocean and polar science".
    return issue.keys.some((k) => k.includes(' '))
      ? `if it is the rest of the value before it, put that value in quotes (a comma inside { … } starts a new field); else ${known}`
      : known;
  }
  if (issue.path.length === 0)
    return `write the file as \`key: value\` lines, one per field (${knownKeys.join(', ')})`;
  if (missing) return `add \`${field}: …\`; it is required`;
  if (field === 'added')
    return 'write the day the document was added to the site as YYYY-MM-DD (for example 2026-11-22), or leave the field out';
  if (/published|date/.test(field))
    return 'write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2006-12-08), or leave the field out if the text gives none';
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `use one of: ${(issue.values as unknown[]).join(', ')}`;
  if (field === 'url') return 'give the full address, starting with https://';
  if (issue.code === 'invalid_type')
    return `give \`${field}\` as ${issue.expected === 'array' ? 'a list, e.g. [First Author, Second Author]' : `a ${issue.expected}`}`;
  return `correct \`${field}\``;
}

function messageFor(issue: z.core.$ZodIssue, missing: boolean): string {
  if (issue.code === 'unrecognized_keys') return 'is not a known field';
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    const received = issue.message.replace(/^.*received /, '');
    return `must be a list of fields (\`key: value\` lines), not ${/^[aeiou]/.test(received) ? 'an' : 'a'} ${received}`;
  }
  if (missing) return 'is missing';
  return issue.message;
}

/** The zod 4 definition a schema is built from: enough of it to walk to a nested object's keys. */
interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  valueType?: unknown;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  left?: unknown;
}
const defOf = (schema: unknown) => (schema as { _zod?: { def?: SchemaDef } })._zod?.def;

/**
 * The fields an object inside the schema knows, at the path of a problem: the fix for a misspelt key
 * lists the keys of the object it sits in, not the document's top-level keys.
 */
function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let def = defOf(schema);
  let i = 0;
  while (def) {
    if (def.innerType) def = defOf(def.innerType);
    else if (def.in) def = defOf(def.in);
    else if (i === path.length) break;
    else if (def.type === 'object' && def.shape) def = defOf(def.shape[String(path[i++])]);
    else if (def.type === 'record') {
      def = defOf(def.valueType);
      i++;
    } else if (def.type === 'array') {
      def = defOf(def.element);
      i++;
    } else return [];
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function parseYaml<S extends z.ZodType>(schema: S, text: string, file: string): Parsed<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `is not valid YAML: ${e.message.split('\n')[0]}`,
        fix: 'check the quoting and indentation on that line; quote values that contain ": " or start with a special character',
      })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => {
      const keys =
        issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      return keys.map((path) => {
        // A missing field has no node: point at the nearest enclosing one (the entry that lacks it).
        let keyLine: number | undefined;
        // A document-level problem (empty path) points at the document itself; a missing top-level field at nothing.
        for (let n = path.length; n >= (path.length === 0 ? 0 : 1) && keyLine === undefined; n--) {
          const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
          if (isNode(node) && node.range) keyLine = lineCounter.linePos(node.range[0]).line;
        }
        // zod 4 does not report the input, so "missing" is read from the document itself.
        const missing = path.length > 0 && !doc.hasIn(path as (string | number)[]);
        const base = {
          file,
          ...(path.length > 0 ? { where: `field \`${path.join('.')}\`` } : {}),
          message: messageFor(issue, missing),
          fix: fixFor(issue, knownKeysAt(schema, issue.path), missing),
        };
        return keyLine === undefined ? base : { ...base, line: keyLine };
      });
    }),
  };
}
