// Test-runner commands that need the DevTools protocol: time-zone emulation and
// touch pinch gestures, and input series sent without a round trip to the page between steps. Called from tests through executeServerCommand.
const mediaSessions = new WeakMap();
const phoneSessions = new WeakMap();

export function browserControlPlugin() {
  return {
    name: 'browser-control',
    async executeCommand({ command, payload, session }) {
      if (!['emulate-timezone', 'emulate-media-features', 'pinch', 'wheel', 'mouse-moves', 'touch-drag', 'phone'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        // Through the page's own session: an override set on a detached session is dropped.
        await page.emulateTimezone(payload.timezoneId);
        return true;
      }
      if (command === 'phone') {
        // A phone's viewport: touch, mobile metrics (or back to a desktop one with { mobile: false }).
        // Through the DevTools protocol on a session kept open: puppeteer's setViewport reloads the
        // page when `isMobile` or `hasTouch` change, which would end the test.
        const { width, height, mobile = true } = payload;
        let phone = phoneSessions.get(page);
        if (!phone) {
          phone = await page.createCDPSession();
          phoneSessions.set(page, phone);
        }
        await phone.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: mobile ? 2 : 1, mobile });
        await phone.send('Emulation.setTouchEmulationEnabled', { enabled: mobile, maxTouchPoints: mobile ? 5 : 1 });
        if (!mobile) await phone.send('Emulation.clearDeviceMetricsOverride');
        return true;
      }
      if (command === 'emulate-media-features') {
        // All media features at once (forced-colors too, which puppeteer's own API refuses):
        // [{ name, value }]; an empty list resets them. The session stays attached, because
        // an emulation set on a session ends when that session detaches.
        let media = mediaSessions.get(page);
        if (!media) {
          media = await page.createCDPSession();
          mediaSessions.set(page, media);
        }
        // With `media` ('print'), the type and the features in one call, as a browser printing from a
        // dark system has them (emulated apart, the type's call sets the features back).
        await media.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features });
        return true;
      }
      if (command === 'wheel') {
        // A real wheel event at (x, y), optionally with Ctrl held (as a trackpad pinch reports).
        const { x, y, deltaX = 0, deltaY = 0, ctrl = false } = payload;
        await page.mouse.move(x, y);
        if (ctrl) await page.keyboard.down('Control');
        await page.mouse.wheel({ deltaX, deltaY });
        if (ctrl) await page.keyboard.up('Control');
        return true;
      }
      if (command === 'mouse-moves') {
        // Mouse moves one after another from here, each as soon as the page took the one before
        // (the buttons stay as sendMouse left them): a quick series, as a hand makes, even on a
        // loaded machine, where a sendMouse per move (a round trip through the test page) came
        // more than a burst's 120 ms apart.
        for (const [x, y] of payload.points) await page.mouse.move(x, y);
        return true;
      }
      const cdp = await page.createCDPSession();
      try {
        if (command === 'pinch') {
          const { x, y, scaleFactor, speed = 800 } = payload;
          await cdp.send('Input.synthesizePinchGesture', { x, y, scaleFactor, relativeSpeed: speed, gestureSourceType: 'touch' });
          return true;
        }
        if (command === 'touch-drag') {
          // One or two fingers moving together (real touch events through CDP). With `hold`, the fingers rest
          // at their end for that many ms before lifting, as a reader's does to stop a scroll without a fling.
          const { points, steps = 8, hold = 0 } = payload; // points: [{ from: [x, y], to: [x, y] }]
          const at = (t) => points.map((p, id) => ({ x: p.from[0] + (p.to[0] - p.from[0]) * t, y: p.from[1] + (p.to[1] - p.from[1]) * t, id }));
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
          for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
          if (hold > 0) {
            await new Promise((resolve) => setTimeout(resolve, hold));
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(1) });
          }
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          return true;
        }
      } finally {
        await cdp.detach();
      }
      return undefined;
    },
  };
}
