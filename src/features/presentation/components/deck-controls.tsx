import { Link } from 'react-router';
import { useMessages } from '../../../lib/i18n/messages';
import { deckMessages } from '../messages';

interface DeckControlsProps {
  index: number;
  total: number;
  goTo: (index: number) => void;
  digits: string;
  isFullscreen: boolean;
  onToggleFullscreen: () => void;
  onOpenPresenter: () => void;
  handoutHref: string;
  autoSeconds?: number;
}

/** Buttons for mouse and touch; every one of them also has a key (see keysHelp). */
export function DeckControls(props: DeckControlsProps) {
  const { index, total, goTo, digits, isFullscreen, onToggleFullscreen, onOpenPresenter } = props;
  const t = useMessages(deckMessages);
  return (
    <div className="deck-controls" data-testid="deck-controls">
      <button
        type="button"
        className="deck-controls__button"
        onClick={() => goTo(index - 1)}
        disabled={index === 0}
      >
        <span aria-hidden="true">←</span> {t.previous}
      </button>
      <span className="deck-controls__counter" data-testid="deck-counter">
        {index + 1} / {total}
      </span>
      <button
        type="button"
        className="deck-controls__button"
        onClick={() => goTo(index + 1)}
        disabled={index >= total - 1}
      >
        {t.next} <span aria-hidden="true">→</span>
      </button>
      {digits && (
        <span className="deck-controls__jump" data-testid="deck-jump">
          {t.jumpTo(digits)}
        </span>
      )}
      {props.autoSeconds && <span className="deck-controls__auto">{t.autoOn(props.autoSeconds)}</span>}
      <span className="deck-controls__spacer" />
      <button
        type="button"
        className="deck-controls__button"
        onClick={onToggleFullscreen}
        aria-pressed={isFullscreen}
      >
        {isFullscreen ? t.exitFullscreen : t.fullscreen}
      </button>
      <button type="button" className="deck-controls__button" onClick={onOpenPresenter}>
        {t.presenter}
      </button>
      <Link className="deck-controls__button" to={props.handoutHref}>
        {t.handout}
      </Link>
      <p className="visually-hidden">{t.keysHelp}</p>
    </div>
  );
}
