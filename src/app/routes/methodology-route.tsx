import { SIGNALS } from '../../domain/integrity/signals';
import { methodologyMessages } from '../../features/data-io/methodology-messages';
import { KritisMethodSection } from '../../features/methodology/components/kritis-method-section';
import { MethodologyContents } from '../../features/methodology/components/methodology-contents';
import { MethodologyIntro } from '../../features/methodology/components/methodology-intro';
import { SignalMethodSection } from '../../features/methodology/components/signal-method-section';
import { useScrollToHash } from '../../features/methodology/hooks/use-scroll-to-hash';
import { methodologyPageMessages } from '../../features/methodology/methodology-page-messages';
import '../../features/methodology/methodology.css';
import { useMessages } from '../../lib/i18n/messages';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * /metodologi: every integrity signal (one section each, in SIGNALS order, its id the slug) and the
 * kritis rule. It reads no data, so it is drawn at once and prerendered in full.
 */
export function MethodologyRoute() {
  const t = useMessages(methodologyPageMessages);
  // The kritis rule in the words /data already uses, so the two pages cannot drift apart.
  const figures = useMessages(methodologyMessages);
  usePageTitle(t.title);
  useScrollToHash();
  return (
    <div className="methodology-page">
      <h1>{t.title}</h1>
      <MethodologyIntro />
      <MethodologyContents />
      {SIGNALS.map((slug) => (
        <SignalMethodSection key={slug} slug={slug} />
      ))}
      <KritisMethodSection rule={figures.m_kritis} />
    </div>
  );
}
