import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useStageScale } from '../hooks/use-stage-scale';
import { STAGE_HEIGHT, STAGE_WIDTH } from '../utils/stage-scale';

interface SlideStageProps {
  children: ReactNode;
  /** Handout: a fixed width in CSS px instead of fitting the parent box. */
  fixedWidth?: number;
  className?: string;
}

/**
 * A 1920×1080 stage scaled to its box: one layout for 1920×1080, 1280×720 and 4:3 (letterboxed),
 * so nothing reflows between the rehearsal laptop and the hall's projector.
 */
export function SlideStage({ children, fixedWidth, className }: SlideStageProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const scale = useStageScale(boxRef, fixedWidth);
  const frame: CSSProperties = { width: STAGE_WIDTH * scale, height: STAGE_HEIGHT * scale };
  const stage: CSSProperties = { width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `scale(${scale})` };
  return (
    <div ref={boxRef} className={['slide-stage', className].filter(Boolean).join(' ')}>
      <div className="slide-stage__frame" style={frame} data-scale={scale.toFixed(4)}>
        <div className="slide-stage__stage" style={stage}>
          {children}
        </div>
      </div>
    </div>
  );
}
