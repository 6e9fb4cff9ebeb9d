import * as z from 'zod/mini';

/**
 * A fast path for the package schema's verdict on one value, made once from the zod schema itself.
 *
 * Zod's parser runs without its compiled fast path here (our CSP forbids `new Function`) and copies
 * every object it reads: at 10,000 projects of weekly series that was the largest share of a raw
 * package's reading time, plus the garbage it leaves. This check walks the parsed JSON once with
 * closures made from the schema's definition and hands back the value itself, copying only where a
 * transform changes a field (a numeric project id read as text).
 *
 * It is a shortcut for success only: anything it cannot vouch for (a failure, a schema part it does
 * not know, a string length it cannot settle by units) returns FAIL, and the caller asks zod, whose
 * answer and messages stay the only ones. So a value it passes is one zod passes, with the same data.
 */
export const FAIL: unique symbol = Symbol('in-place-check-fail');

type Check = (value: unknown) => unknown;

interface SchemaNode {
  _zod: { def: Def };
}

interface Def {
  type: string;
  shape?: Record<string, SchemaNode>;
  catchall?: SchemaNode;
  innerType?: SchemaNode;
  options?: SchemaNode[];
  element?: SchemaNode;
  in?: SchemaNode;
  out?: SchemaNode;
  transform?: (value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
  coerce?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A part of the schema this file does not know is judged by zod itself, with zod's output. */
function byZod(schema: SchemaNode): Check {
  return (value) => {
    const result = z.safeParse(schema as z.ZodMiniType, value);
    return result.success ? result.data : FAIL;
  };
}

function stringCheck(def: Def, schema: SchemaNode): Check {
  const checks = def.checks ?? [];
  if (checks.some((check) => check._zod.def.check !== 'min_length')) return byZod(schema);
  const minimum = Math.max(0, ...checks.map((check) => check._zod.def.minimum ?? 0));
  // Zod counts code points, which only a string between the floor and twice it in UTF-16 units
  // needs counted.
  return (value) =>
    typeof value === 'string' &&
    (value.length >= 2 * minimum || (value.length >= minimum && z.util.codePointLength(value) >= minimum))
      ? value
      : FAIL;
}

function objectCheck(def: Def, schema: SchemaNode): Check {
  // A strict object (no catchall) reports unknown keys; only loose objects are read in place.
  if (def.catchall?._zod.def.type !== 'unknown') return byZod(schema);
  const keys = Object.keys(def.shape ?? {}).filter((key) => key !== '__proto__');
  const checks = keys.map((key) => compile(def.shape![key]!));
  return (value) => {
    if (!isRecord(value)) return FAIL;
    let copy: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = value[key];
      const read = checks[i]!(field);
      if (read === FAIL) return FAIL;
      if (read !== field) (copy ??= { ...value })[key] = read;
    }
    return copy ?? value;
  };
}

function arrayCheck(def: Def): Check {
  const element = compile(def.element!);
  return (value) => {
    if (!Array.isArray(value)) return FAIL;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const read = element(item);
      if (read === FAIL) return FAIL;
      if (read !== item) (copy ??= value.slice())[i] = read;
    }
    return copy ?? value;
  };
}

function unionCheck(def: Def): Check {
  const options = def.options!.map(compile);
  return (value) => {
    for (const option of options) {
      const read = option(value);
      if (read !== FAIL) return read;
    }
    return FAIL;
  };
}

function transformCheck(def: Def): Check {
  const transform = def.transform!;
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    const read = transform(value, payload);
    // A transform that reports an issue, or works asynchronously, is zod's to judge.
    return payload.issues.length > 0 || read instanceof Promise ? FAIL : read;
  };
}

function compile(schema: SchemaNode): Check {
  const def = schema._zod.def;
  if (def.coerce || (def.checks?.length && def.type !== 'string')) return byZod(schema);
  switch (def.type) {
    case 'unknown':
      return (value) => value;
    case 'string':
      return stringCheck(def, schema);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : FAIL);
    case 'optional': {
      // nullish(x), the schema's commonest part, in one step rather than two.
      const innerDef = def.innerType!._zod.def;
      if (innerDef.type === 'nullable' && !innerDef.checks?.length) {
        const value = compile(innerDef.innerType!);
        return (read) => (read === undefined || read === null ? read : value(read));
      }
      const inner = compile(def.innerType!);
      return (value) => (value === undefined ? value : inner(value));
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (value) => (value === null ? value : inner(value));
    }
    case 'object':
      return objectCheck(def, schema);
    case 'array':
      return arrayCheck(def);
    case 'union':
      return unionCheck(def);
    case 'pipe': {
      const first = compile(def.in!);
      const then = compile(def.out!);
      return (value) => {
        const read = first(value);
        return read === FAIL ? FAIL : then(read);
      };
    }
    case 'transform':
      return transformCheck(def);
    default:
      return byZod(schema);
  }
}

type SafeParse<T> = (value: unknown) => z.util.SafeParseResult<T>;

/**
 * `z.safeParse(schema, value)` with the in-place fast path first: the same verdict, the same data
 * and, for a value that fails, zod's own issues.
 */
export function inPlaceParser<T>(schema: z.ZodMiniType<T>): SafeParse<T> {
  const check = compile(schema as unknown as SchemaNode);
  return (value) => {
    const read = check(value);
    return read === FAIL ? z.safeParse(schema, value) : { success: true, data: read as T };
  };
}
