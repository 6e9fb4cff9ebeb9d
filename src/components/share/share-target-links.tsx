import { useMessages } from '../../lib/i18n/messages';
import { shareMessages } from './share-messages';
import { shareTargets } from './share-url';

/** WhatsApp, X, Facebook and Telegram, each opening its own share page with the text and link. */
export function ShareTargetLinks({
  link,
  text,
  className,
}: {
  link: string;
  text: string;
  className: string;
}) {
  const t = useMessages(shareMessages);
  return shareTargets(link, text).map((target) => (
    <a
      key={target.id}
      className={className}
      href={target.href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t.shareOn(target.label)}
      data-share={target.id}
    >
      {target.label}
    </a>
  ));
}
