/**
 * Colours of the renders. Note fills and shape strokes are tldraw 5's light theme
 * (`defaultThemes.mjs`: `noteFill`, `solid`, `semi`), so an export looks like the board did.
 */

/** tldraw's light-theme sticky-note fills by colour name. */
export const NOTE_FILL: Readonly<Record<string, string>> = {
  black: '#FCE19C',
  grey: '#C0CAD3',
  'light-violet': '#DFB0F9',
  violet: '#DB91FD',
  blue: '#8AA3FF',
  'light-blue': '#9BC4FD',
  yellow: '#FED49A',
  orange: '#FAA475',
  green: '#6FC896',
  'light-green': '#98D08A',
  'light-red': '#F7A5A1',
  red: '#FC8282',
  white: '#FFFFFF',
};

/** tldraw's light-theme stroke / text colours by colour name (geo outlines, text shapes). */
export const SOLID: Readonly<Record<string, string>> = {
  black: '#1d1d1d',
  grey: '#9fa8b2',
  'light-violet': '#e085f4',
  violet: '#ae3ec9',
  blue: '#4465e9',
  'light-blue': '#4ba1f1',
  yellow: '#f1ac4b',
  orange: '#e16919',
  green: '#099268',
  'light-green': '#4cb05e',
  'light-red': '#f87777',
  red: '#e03131',
  white: '#FFFFFF',
};

/** tldraw's light-theme "semi" fills (geo shapes with fill: semi). */
export const SEMI: Readonly<Record<string, string>> = {
  black: '#e8e8e8',
  grey: '#eceef0',
  'light-violet': '#f5eafa',
  violet: '#ecdcf2',
  blue: '#dce1f8',
  'light-blue': '#ddedfa',
  yellow: '#f9f0e6',
  orange: '#f8e2d4',
  green: '#d3e9e3',
  'light-green': '#dbf0e0',
  'light-red': '#f4dadb',
  red: '#f4dadb',
  white: '#f5f5f5',
};

/** Area backgrounds: the same pale tints the web app's template scaffold uses. */
export const AREA_TINT: Readonly<Record<string, string>> = {
  yellow: '#fff9db',
  blue: '#e7f5ff',
  'light-blue': '#e7f5ff',
  green: '#ebfbee',
  'light-green': '#ebfbee',
  red: '#fff5f5',
  'light-red': '#fff5f5',
  violet: '#f3f0ff',
  'light-violet': '#f8f0fc',
  orange: '#fff4e6',
  grey: '#f8f9fa',
};

/** Neutral colours of the page furniture. */
export const INK = {
  text: '#1d1d1d',
  muted: '#5c6370',
  faint: '#868e96',
  line: '#ced4da',
  frame: '#adb5bd',
  paper: '#ffffff',
  canvas: '#f9fafb',
  noteText: '#1d1d1d',
  noteMeta: '#3d3d3d',
} as const;

export function noteFill(color: unknown): string {
  return (typeof color === 'string' && NOTE_FILL[color]) || NOTE_FILL.yellow!;
}

export function solidColor(color: unknown): string {
  return (typeof color === 'string' && SOLID[color]) || SOLID.black!;
}

export function areaTint(color: unknown): string {
  return (typeof color === 'string' && AREA_TINT[color]) || AREA_TINT.grey!;
}
