export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 1024, height: 700 } as const;
/** This much of the title bar must be on a screen for the window to count as visible. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 40;

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

function isValidRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => Number.isFinite(candidate[key]));
}

/**
 * Where the window opens: where it was, if its title bar is still on one of the screens
 * (a consultant undocks the laptop from the customer's second monitor); otherwise centred on
 * the primary screen. Never larger than the screen it lands on, never smaller than the minimum
 * the layout needs (unless the screen itself is smaller).
 */
export function placeWindow(saved: unknown, workAreas: Rectangle[], primary: Rectangle): Rectangle {
  const bounds = isValidRectangle(saved) ? saved : undefined;
  const size = {
    width: Math.max(MIN_SIZE.width, bounds?.width ?? DEFAULT_SIZE.width),
    height: Math.max(MIN_SIZE.height, bounds?.height ?? DEFAULT_SIZE.height),
  };
  if (!bounds) return centred(size, primary);
  const titleBar: Rectangle = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_HEIGHT };
  const screen = workAreas.find((area) => {
    const visible = overlap(titleBar, area);
    return (
      visible.width >= Math.min(GRAB_WIDTH, bounds.width) && visible.height >= Math.min(GRAB_HEIGHT, bounds.height)
    );
  });
  if (!screen) return centred(size, primary);
  const width = Math.min(size.width, screen.width);
  const height = Math.min(size.height, screen.height);
  return {
    x: Math.min(Math.max(bounds.x, screen.x), screen.x + screen.width - width),
    y: Math.min(Math.max(bounds.y, screen.y), screen.y + screen.height - height),
    width,
    height,
  };
}

/** A saved state as read back from disk: anything malformed is ignored rather than trusted. */
export function readWindowState(value: unknown): Partial<WindowState> {
  if (typeof value !== 'object' || value === null) return {};
  const { bounds, maximized } = value as Record<string, unknown>;
  return {
    ...(isValidRectangle(bounds) ? { bounds } : {}),
    ...(typeof maximized === 'boolean' ? { maximized } : {}),
  };
}
