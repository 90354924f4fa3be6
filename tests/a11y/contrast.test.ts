import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { channels, contrast } from '../helpers/contrast.js';
import { mountData, settle, still } from '../helpers/timeline.js';

/** The computed value of a colour custom property, resolved through a probe element. */
function colorOf(host: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  host.shadowRoot!.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`<event-timeline> colours in the ${scheme} theme`, () => {
    after(() => emulateMedia({ colorScheme: 'light' }));

    it('text reaches 4.5:1 and marks, rules and the focus ring 3:1 against the background', async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await mountData(tiktok2020, { 'no-hash': '' });
      await settle(el);
      const bg = colorOf(el, '--_bg');
      for (const text of ['--_fg', '--_muted', '--_accent']) expect(contrast(colorOf(el, text), bg), text).to.be.at.least(4.5);
      expect(contrast(colorOf(el, '--_muted'), colorOf(el, '--_surface')), 'muted on surface').to.be.at.least(4.5);
      expect(contrast(colorOf(el, '--_deadline-text'), colorOf(el, '--_deadline')), 'deadline label').to.be.at.least(4.5);
      expect(contrast(colorOf(el, '--_now-text'), colorOf(el, '--_now')), 'now label').to.be.at.least(4.5);
      for (const mark of ['--_event', '--_deadline', '--_now', '--_focus', '--_axis']) expect(contrast(colorOf(el, mark), bg), mark).to.be.at.least(3);
    });

    it("the overview's density bars, as the reader sees them over the strip's track, reach 3:1 in every lane of the story", async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await mountData(tiktok2020, { 'no-hash': '' });
      await settle(el);
      const track = el.shadowRoot!.querySelector<HTMLElement>('[part~="overview-track"]')!;
      const canvas = track.querySelector('canvas')!;
      const under = channels(getComputedStyle(track).backgroundColor);
      const opacity = Number(getComputedStyle(canvas).opacity);
      // The painted colours (opaque pixels; a handful of antialiased edge pixels aside), each
      // composited over the track with the canvas's opacity, as the screen shows it.
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) continue;
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const painted = [...counts].filter(([, n]) => n >= 20).map(([key]) => key.split(',').map(Number));
      expect(painted.length, 'lane colours painted').to.equal(tiktok2020.lanes!.length);
      const trackColor = `rgb(${under.join(',')})`;
      for (const rgb of painted) {
        const seen = `rgb(${rgb.map((v, i) => v * opacity + under[i]! * (1 - opacity)).join(',')})`;
        expect(contrast(seen, trackColor), `bars of ${rgb.join(',')} over ${trackColor}`).to.be.at.least(3);
      }
    });
  });
}

describe('<event-timeline> pointer targets', () => {
  it('every button is at least 24 by 24 CSS pixels', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '', now: '2020-08-24' });
    el.select('fbi-sitrep-1');
    await still(el);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.greaterThan(10);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      expect(Math.min(r.width, r.height), `${b.getAttribute('part') ?? b.className} ${b.textContent!.trim().slice(0, 30)}`).to.be.at.least(24);
    }
  });
});
