import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { contrast } from '../helpers/contrast.js';
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
