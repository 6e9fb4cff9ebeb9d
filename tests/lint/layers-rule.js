import path from 'node:path';

/**
 * ESLint rule: imports inside src/ go one way, lib -> domain -> api -> components -> features -> app,
 * and a feature never imports another feature (routes in app/ compose them).
 */
const RANK = { lib: 0, domain: 1, api: 2, components: 3, features: 4, app: 5 };

function layerOf(file) {
  const parts = path.normalize(file).split(path.sep);
  const src = parts.lastIndexOf('src');
  if (src === -1) return undefined;
  const layer = parts[src + 1];
  if (!(layer in RANK)) return undefined;
  return { layer, feature: layer === 'features' ? parts[src + 2] : undefined };
}

const oneDirection = {
  meta: { type: 'problem', schema: [], messages: { upward: '{{from}} must not import from {{to}}.' } },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== 'string' || !source.startsWith('.')) return;
        const to = layerOf(path.resolve(path.dirname(context.filename), source));
        if (!to) return;
        const upward = RANK[to.layer] > RANK[from.layer];
        const sideways = from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature;
        if (upward || sideways) {
          context.report({
            node,
            messageId: 'upward',
            data: {
              from: from.feature ? `features/${from.feature}` : from.layer,
              to: to.feature ? `features/${to.feature}` : to.layer,
            },
          });
        }
      },
    };
  },
};

export const layersPlugin = { rules: { 'one-direction': oneDirection } };
