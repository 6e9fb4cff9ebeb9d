import './styles';
import { EMBED_VIEWS } from './chart-views';
import { startEmbed } from './start';
import { enableMocking } from '../dev-mocking';

/**
 * The embed page every address can use (embed.html; README, "Embeds"): no router, no query cache,
 * no app shell, one dynamic import per chart. The build also writes one page per chart with only
 * that chart's code (tools/vite/embed-build.ts); this one serves the map, a project's kurva S and
 * any host that answers every /embed/ address with one page.
 */
await enableMocking();
void startEmbed(EMBED_VIEWS, () => import('./mount'));
