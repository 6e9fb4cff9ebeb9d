import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
// @ts-expect-error: a plain JavaScript ESLint plugin, without types
import { layersPlugin } from '../lint/layers-rule.js';

// RuleTester reports through the test framework's hooks (static fields its types leave out).
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (file: string) => `/repo/src/${file}`;

tester.run('layers/one-direction', layersPlugin.rules['one-direction'], {
  valid: [
    { filename: at('features/map/a.ts'), code: "import { x } from '../../lib/x';" },
    { filename: at('app/routes/r.tsx'), code: "import { y } from '../../embed/chart-views';" },
    { filename: at('main.tsx'), code: "import './components/base.css'; import { App } from './app/app';" },
    { filename: at('features/map/a.ts'), code: "import { b } from './b'; const c = import('./c');" },
    { filename: at('features/map/a.ts'), code: "import React from 'react';" },
  ],
  invalid: [
    {
      filename: at('lib/x.ts'),
      code: "import { app } from '../app/app';",
      errors: [{ message: 'lib must not import from app.' }],
    },
    {
      filename: at('features/map/a.ts'),
      code: "import { deck } from '../presentation/deck';",
      errors: [{ message: 'features/map must not import from features/presentation.' }],
    },
    {
      filename: at('domain/x.ts'),
      code: "const lazy = () => import('../features/map/map');",
      errors: [{ message: 'domain must not import from features/map.' }],
    },
    {
      filename: at('components/x.ts'),
      code: "export { route } from '../app/route';",
      errors: [{ message: 'components must not import from app.' }],
    },
    {
      filename: at('embed/styles.ts'),
      code: "import '../app/styles.css';",
      errors: [{ message: 'embed must not import from app.' }],
    },
    {
      filename: at('newfolder/x.ts'),
      code: 'export const x = 1;',
      errors: [{ messageId: 'unranked' }],
    },
  ],
});
