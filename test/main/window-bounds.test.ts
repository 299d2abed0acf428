import { describe, expect, it } from 'vitest';
import { placeWindow, readWindowState } from '../../src/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const secondMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
const smallScreen = { x: 0, y: 0, width: 1280, height: 680 };

describe('placing the window on a visible screen', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(undefined, [laptop], laptop)).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });

  it('restores where it was when that is still on a screen', () => {
    const saved = { x: 2100, y: 100, width: 1400, height: 900 };
    expect(placeWindow(saved, [laptop, secondMonitor], laptop)).toEqual(saved);
  });

  it('comes back to the primary screen when the monitor it was on is gone', () => {
    const saved = { x: 2100, y: 100, width: 1400, height: 900 };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('pulls a window whose title bar hangs off the top or side back onto the screen', () => {
    expect(placeWindow({ x: -2000, y: -500, width: 1300, height: 800 }, [laptop], laptop)).toEqual({
      x: 310,
      y: 120,
      width: 1300,
      height: 800,
    });
    expect(placeWindow({ x: 1700, y: 10, width: 1300, height: 800 }, [laptop], laptop)).toEqual({
      x: 620,
      y: 10,
      width: 1300,
      height: 800,
    });
  });

  it('never opens larger than the screen, nor smaller than the layout needs', () => {
    expect(placeWindow({ x: 0, y: 0, width: 3000, height: 2000 }, [smallScreen], smallScreen)).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 680,
    });
    expect(placeWindow({ x: 10, y: 10, width: 300, height: 200 }, [laptop], laptop)).toEqual({
      x: 10,
      y: 10,
      width: 1024,
      height: 700,
    });
  });

  it('ignores a malformed saved state', () => {
    expect(placeWindow({ x: 'a', y: 0, width: 10, height: 10 }, [laptop], laptop)).toEqual(
      placeWindow(undefined, [laptop], laptop),
    );
    expect(readWindowState({ bounds: { x: 1, y: 2, width: 3, height: Number.NaN }, maximized: 'yes' })).toEqual({});
    expect(readWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: true,
    });
  });
});
