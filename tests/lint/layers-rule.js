import path from 'node:path';

/**
 * ESLint rule: imports inside src/ go one way, and a feature never imports another feature (the
 * composing layers, app/ and embed/, put features together). Every folder and top-level file of
 * src/ has a rank; a module may import only from its own rank or lower ones. Static imports,
 * re-exports and dynamic import() all count: a lazy chunk is a dependency too.
 */
const RANK = {
  lib: 0,
  // The service worker and its registration: below everything that registers or asks it.
  sw: 1,
  domain: 2,
  api: 3,
  components: 4,
  features: 5,
  // MSW in development: started by the entries before they render.
  'dev-mocking.ts': 6,
  // The embed pages compose features like app/ does; app/'s embed route reuses them.
  embed: 7,
  app: 8,
  // Entries: the app's, and the build's page renderer.
  prerender: 9,
  'main.tsx': 9,
};

function placeOf(file) {
  const parts = path.normalize(file).split(path.sep);
  const src = parts.lastIndexOf('src');
  if (src === -1 || src + 1 >= parts.length) return undefined;
  const layer = parts[src + 1];
  return { layer, feature: layer === 'features' ? parts[src + 2] : undefined };
}

const nameOf = (place) => (place.feature ? `features/${place.feature}` : place.layer);

const oneDirection = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      upward: '{{from}} must not import from {{to}}.',
      unranked:
        'src/{{layer}} has no place in the import order: add it to RANK in tests/lint/layers-rule.js.',
    },
  },
  create(context) {
    const from = placeOf(context.filename);
    if (!from) return {};
    if (!(from.layer in RANK)) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unranked', data: { layer: from.layer } });
        },
      };
    }
    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(context.filename), source.value));
      if (!to || !(to.layer in RANK)) return;
      const upward = RANK[to.layer] > RANK[from.layer];
      const sideways = from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature;
      if (upward || sideways)
        context.report({ node, messageId: 'upward', data: { from: nameOf(from), to: nameOf(to) } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export const layersPlugin = { rules: { 'one-direction': oneDirection } };
