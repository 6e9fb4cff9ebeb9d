/**
 * The framework every page runs, in one file of its own apart from the app's code that reads it:
 * - A release changes the app's files, rarely these: a returning visitor's browser keeps this one
 *   (hashed name, long caching) and downloads only what changed.
 * - The entry stays the app's shell (some 36 kB of source instead of 251 kB). Measuring tools that
 *   record stacks (Lighthouse, DevTools) reparse the whole file a stack passes through for its
 *   source positions: on a phone that was some 50 ms more in the entry's task, counted in its
 *   blocking time.
 * The bundle budget checks that none of these is bundled into the entry (tests/quality).
 */
export const FRAMEWORK_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  'react-router',
  '@tanstack/query-core',
  '@tanstack/react-query',
];

/** A package's folder under node_modules, with either path separator. */
const folder = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('/', '[\\\\/]');

/** Rolldown's code-splitting group for them (vite.config.ts). */
export const FRAMEWORK_CHUNK = {
  name: 'framework',
  test: new RegExp(`[\\\\/]node_modules[\\\\/](?:${FRAMEWORK_PACKAGES.map(folder).join('|')})[\\\\/]`),
};
