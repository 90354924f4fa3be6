import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseTimeline } from '../../src/model/parse.js';

async function loadJson(): Promise<Record<string, unknown>> {
  const response = await fetch(new URL('../../events/tiktok-2020.json', import.meta.url));
  expect(response.ok, `GET events/tiktok-2020.json: ${response.status}`).to.equal(true);
  return (await response.json()) as Record<string, unknown>;
}

describe('events/tiktok-2020.json', () => {
  it('parseTimeline(tiktok-2020.json) has zero problems and keeps all 23 events', async () => {
    const { document, problems } = parseTimeline(await loadJson());
    expect(problems).to.deep.equal([]);
    expect(document.events).to.have.length(23);
    expect(document.lanes).to.have.length(4);
  });

  it('equals the typed module, apart from "$schema"', async () => {
    const { $schema, ...rest } = await loadJson();
    expect($schema).to.equal('../schema/timeline.schema.json');
    expect(rest).to.deep.equal(JSON.parse(JSON.stringify(tiktok2020)));
  });

  it('parseTimeline(module) returns the module unchanged', () => {
    const { document, problems } = parseTimeline(tiktok2020);
    expect(problems).to.deep.equal([]);
    expect(document).to.deep.equal(tiktok2020);
  });
});
