/**
 * Okabe–Ito hues (distinguishable with the common colour-vision deficiencies), darkened where
 * needed so every colour has at least 3:1 contrast on white, also on a washed-out projector.
 * Colour never carries meaning alone: bars are labelled, lines also differ by dash pattern.
 */
export const PALETTE = {
  blue: '#0072B2',
  vermillion: '#B35806',
  green: '#007A5E',
  purple: '#A8447D',
  ochre: '#8A6100',
  grey: '#4F4F4F',
} as const;

export const GRID_COLOUR = '#c9d1d9';
/** Text and reference lines: the page's ink (base.css --ink). */
export const INK_COLOUR = '#1a1a1a';
export const AXIS_COLOUR = '#4a5560';
export const TICK_STYLE = { fontSize: 12, fill: INK_COLOUR } as const;

/** Dash patterns so the kurva S lines differ without colour. */
const DASH = { planned: '8 5', actual: undefined, financial: '2 4' } as const;

/**
 * The kurva S lines, the same on the programme chart and every project's chart, so a reader who
 * learnt one reads the other: planned blue and dashed, actual vermillion and solid, financial
 * green and dotted; the actual line and the payments are drawn heavier than the plan.
 */
export const KURVA_S_SERIES = {
  planned: { colour: PALETTE.blue, dash: DASH.planned, width: 2 },
  actual: { colour: PALETTE.vermillion, dash: DASH.actual, width: 3 },
  financial: { colour: PALETTE.green, dash: DASH.financial, width: 3 },
} as const;

/** The tolerance band around the plan (the kritis rule's ±10 points), drawn as a light area. */
export const TOLERANCE_BAND_COLOUR = '#7fb3d5';

/** The fill opacity of that band; its legend box is drawn as light. */
export const TOLERANCE_BAND_OPACITY = 0.35;

/**
 * A project's deviation bars: on or ahead of plan, behind within the tolerance, behind beyond it
 * (the lag part of the kritis rule). Each has at least 3:1 contrast on white.
 */
export const DEVIATION_COLOURS = { ahead: '#2f7d32', behind: PALETTE.ochre, beyond: '#a4161a' } as const;
/** The dash of the deviation chart's lag-limit line, in the chart and in its legend. */
export const DEVIATION_LIMIT_DASH = '5 4';

/** Value printed at the end of a money bar. */
export const BAR_VALUE_LABEL_STYLE = { fontSize: 11, fill: INK_COLOUR } as const;
