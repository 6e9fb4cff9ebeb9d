import { Link } from 'react-router';
import { SIGNAL_LABELS } from '../../../components/labels/signal-labels';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { methodologyPageMessages } from '../methodology-page-messages';

/** What every signal is and is not, said once at the top, before any rule. */
export function MethodologyIntro() {
  const t = useMessages(methodologyPageMessages);
  const { locale } = useLanguage();
  const labels = SIGNAL_LABELS[locale];
  return (
    <>
      <p>{t.intro}</p>
      <div className="methodology__principles" data-testid="methodology-principles">
        <p>
          <strong>{t.notAccusationTitle}</strong> {t.notAccusation}
        </p>
        <p>
          <strong>{t.unknownTitle}</strong> {t.unknown}
        </p>
        <p>{t.wholePackage(labels['penyedia-dominan'], labels['nilai-kembar'])}</p>
      </div>
      <p>
        {t.otherFigures} <Link to="/data">{t.otherFiguresLink}</Link>.
      </p>
    </>
  );
}
