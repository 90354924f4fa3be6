import { expect } from '@open-wc/testing';
import { emulateTimezone } from './helpers/browser.js';

describe('test setup', () => {
  it('emulateTimezone changes the zone the page sees', async () => {
    await emulateTimezone('Pacific/Kiritimati');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Kiritimati');
    await emulateTimezone('America/Los_Angeles');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });
});
