import { useMessages } from '../../lib/i18n/messages';
import { statisticsMessages } from './messages';
import './statistics.css';

/** What the page answers, in a sentence: shown at once, before the data arrives. */
export function StatisticsIntro() {
  const t = useMessages(statisticsMessages);
  return <p className="statistics__intro">{t.intro}</p>;
}
