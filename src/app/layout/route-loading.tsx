import { useMessages } from '../../lib/i18n/messages';
import { shellMessages } from './shell-messages';

/** Shown while a page's code loads and nothing else can be: text, so it is never a blank page. */
export function RouteLoading() {
  return <p className="loading">{useMessages(shellMessages).loading}</p>;
}
