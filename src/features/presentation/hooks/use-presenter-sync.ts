import { useEffect, useRef } from 'react';
import { useLatest } from '../../../lib/use-latest';

const CHANNEL = 'pantaubangun:presentasi';

interface SlideMessage {
  type: 'slide';
  /** Which deck (its kecamatan slides and filters): two different decks open in one browser do not mix. */
  deck: string;
  index: number;
}

function isSlideMessage(data: unknown): data is SlideMessage {
  const message = data as Partial<SlideMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === 'slide' &&
    typeof message.deck === 'string' &&
    typeof message.index === 'number'
  );
}

/**
 * Keeps the audience window and the presenter window on the same slide. A move that came from the
 * other window is not sent back: with fast clicks, echoes would pull the deck back a slide.
 */
export function usePresenterSync(deck: string, index: number, goTo: (index: number) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const fromRemote = useRef<number | undefined>(undefined);
  const latest = useLatest({ deck, goTo });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      if (!isSlideMessage(event.data) || event.data.deck !== latest.current.deck) return;
      fromRemote.current = event.data.index;
      latest.current.goTo(event.data.index);
    };
    return function closeChannel() {
      channel.close();
      channelRef.current = null;
    };
  }, [latest]);
  useEffect(() => {
    if (fromRemote.current === index) {
      fromRemote.current = undefined;
      return;
    }
    const message: SlideMessage = { type: 'slide', deck, index };
    channelRef.current?.postMessage(message);
  }, [deck, index]);
}
