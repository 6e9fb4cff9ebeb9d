import { useRef } from 'react';
import { useEmbedHeight } from './use-embed-height';

interface EmbedPreviewProps {
  src: string;
  title: string;
  initialHeight: number;
}

/** The embed as the host page will show it, resizing to its content the same way. */
export function EmbedPreview({ src, title, initialHeight }: EmbedPreviewProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const height = useEmbedHeight(frameRef, initialHeight);
  return (
    <iframe
      ref={frameRef}
      className="embed-dialog__preview"
      src={src}
      title={title}
      loading="lazy"
      height={height}
      data-testid="embed-preview"
    />
  );
}
