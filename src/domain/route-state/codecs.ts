import type { ParamCodec } from '../../lib/route-state/param-schema';

/** Codecs shared by several routes' schemas. */

/** One of a fixed list of words, as written. */
export const oneOf = <T extends string>(options: readonly T[]): ParamCodec<T> => ({
  parse: (raw) => ((options as readonly string[]).includes(raw) ? (raw as T) : undefined),
  format: (value) => value,
});

/** One of a fixed list of words, in any case: links typed by hand often capitalise. */
export const oneOfAnyCase = <T extends string>(isOption: (value: string) => value is T): ParamCodec<T> => ({
  parse: (raw) => {
    const lowered = raw.toLowerCase();
    return isOption(lowered) ? lowered : undefined;
  },
  format: (value) => value,
});

/** A project id as publishers write them: letters, digits and `_ . : -`. */
const ID = /^[\w.:-]{1,120}$/;
export const projectIdParam: ParamCodec<string> = {
  parse: (raw) => (ID.test(raw) ? raw : undefined),
  format: (id) => id,
};
