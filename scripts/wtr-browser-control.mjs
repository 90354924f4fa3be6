// Test-runner commands that need the DevTools protocol: time-zone emulation and
// touch pinch gestures. Called from tests through executeServerCommand.
export function browserControlPlugin() {
  return {
    name: 'browser-control',
    async executeCommand({ command, payload, session }) {
      if (!['emulate-timezone', 'pinch', 'cdp-metrics'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        // Through the page's own session: an override set on a detached session is dropped.
        await page.emulateTimezone(payload.timezoneId);
        return true;
      }
      const cdp = await page.createCDPSession();
      try {
        if (command === 'pinch') {
          const { x, y, scaleFactor, speed = 800 } = payload;
          await cdp.send('Input.synthesizePinchGesture', { x, y, scaleFactor, relativeSpeed: speed, gestureSourceType: 'touch' });
          return true;
        }
        if (command === 'cdp-metrics') {
          await cdp.send('Performance.enable');
          const { metrics } = await cdp.send('Performance.getMetrics');
          return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
        }
      } finally {
        await cdp.detach();
      }
      return undefined;
    },
  };
}
