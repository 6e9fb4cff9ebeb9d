/**
 * How one query parameter is read and written. A route's parameters are a schema: one codec per
 * name (domain/route-state/*-schema.ts), read and written only through the functions below.
 */
export interface ParamCodec<T> {
  /** The value as given, trimmed: what it means, or undefined when it is not understood. */
  parse(raw: string): T | undefined;
  /** The value as written in the address. */
  format(value: T): string;
  /**
   * False when the value was only partly understood (a list with an unknown item): the understood
   * part applies, and the parameter is still reported. Absent: every parsed value is whole.
   */
  whole?(raw: string, value: T): boolean;
  /** An empty value means the parameter is not set, not that it is wrong (an empty search box). */
  blankIsAbsent?: boolean;
}

// `any`: a schema holds codecs of different value types; ParamValues reads each one back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type ParamSchema = Readonly<Record<string, ParamCodec<any>>>;

/** What a schema's parameters say: a name is present only when its value was understood. */
export type ParamValues<S extends ParamSchema> = {
  -readonly [K in keyof S]?: S[K] extends ParamCodec<infer T> ? T : never;
};

export type ParamName<S extends ParamSchema> = keyof S & string;

export interface ReadParams<S extends ParamSchema> {
  values: ParamValues<S>;
  /** Names present but not (wholly) understood: the page shows a notice; nothing is thrown. */
  ignored: ParamName<S>[];
}

/** Reads a schema's parameters. The first value of a repeated name counts, as params.get() gives. */
export function readParams<S extends ParamSchema>(schema: S, params: URLSearchParams): ReadParams<S> {
  const values: ParamValues<S> = {};
  const ignored: ParamName<S>[] = [];
  for (const name of Object.keys(schema) as ParamName<S>[]) {
    const given = params.get(name);
    if (given === null) continue;
    const codec = schema[name]!;
    const raw = given.trim();
    if (raw === '' && codec.blankIsAbsent) continue;
    const value = codec.parse(raw);
    if (value !== undefined) values[name] = value;
    if (value === undefined || (codec.whole && !codec.whole(raw, value))) ignored.push(name);
  }
  return { values, ignored };
}

/**
 * The same parameters with those named in `values` written in the schema's order: a value sets its
 * parameter, undefined removes it. Names not in `values`, and other parameters, stay as they are.
 */
export function writeParams<S extends ParamSchema>(
  schema: S,
  params: URLSearchParams,
  values: ParamValues<S>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.keys(schema) as ParamName<S>[]) {
    if (!(name in values)) continue;
    const value = values[name];
    const text = value === undefined ? '' : schema[name]!.format(value);
    if (text) next.set(name, text);
    else next.delete(name);
  }
  return next;
}

/** Every parameter of the schema set to `values` (the rest removed), alone: for links and keys. */
export function paramsOf<S extends ParamSchema>(schema: S, values: ParamValues<S>): URLSearchParams {
  const every = Object.fromEntries(Object.keys(schema).map((name) => [name, values[name]]));
  return writeParams(schema, new URLSearchParams(), every as ParamValues<S>);
}
