import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useStageScale } from '../hooks/use-stage-scale';
import { STAGE_WIDTH, stageHeightOf } from '../utils/stage-scale';

interface SlideStageProps {
  children: ReactNode;
  /** Handout: a fixed width in CSS px instead of fitting the parent box. */
  fixedWidth?: number;
  /**
   * Handout: a narrower 16:9 stage (in stage px) drawn at that fixed width, so the same slide text
   * comes out larger on paper. Only with fixedWidth: the live deck always uses the 1920 stage.
   */
  stageWidth?: number;
  className?: string;
}

/**
 * A 1920×1080 stage scaled to its box: one layout for 1920×1080, 1280×720 and 4:3 (letterboxed),
 * so nothing reflows between the rehearsal laptop and the hall's projector.
 */
export function SlideStage({ children, fixedWidth, stageWidth = STAGE_WIDTH, className }: SlideStageProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useStageScale(boxRef, fixedWidth);
  const width = fixedWidth ? stageWidth : STAGE_WIDTH;
  const height = stageHeightOf(width);
  const scale = fixedWidth ? fixedWidth / width : measured;
  const frame: CSSProperties = { width: width * scale, height: height * scale };
  const stage: CSSProperties = { width, height, transform: `scale(${scale})` };
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
