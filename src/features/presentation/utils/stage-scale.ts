/** Slides are laid out once on a 1920×1080 stage and scaled to the screen, like a projector does. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** The height of a 16:9 stage of this width: a narrower stage (the handout's) keeps the shape. */
export function stageHeightOf(width: number): number {
  return (width * STAGE_HEIGHT) / STAGE_WIDTH;
}

/** The largest scale at which the whole stage fits the box (letterboxed on 4:3, never cropped). */
export function fitScale(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 0;
  return Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT);
}
