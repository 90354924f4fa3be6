import { expect } from '@open-wc/testing';
import { SLIDE_MARGIN, SLIDE_PIXELS, slideMargin } from '../../src/controllers/slide-controller.js';

describe('slideMargin', () => {
  it('a 1,200 × 700 plot at 1×: 1.25 plot widths on each side', () => {
    expect(slideMargin(1200, 700, 1)).to.equal(SLIDE_MARGIN * 1200);
  });

  it('at 2× and 3× the margins shrink to keep the twin within its pixels, and under a quarter of the plot there are none', () => {
    const at2 = slideMargin(1200, 700, 2);
    expect(at2).to.be.below(SLIDE_MARGIN * 1200).and.at.least(300);
    expect((1200 + 2 * at2) * 700 * 4).to.be.at.most(SLIDE_PIXELS);
    // At 3× a 700 px plot's own pixels nearly fill the budget: no twin.
    expect(slideMargin(1200, 700, 3)).to.equal(0);
    expect(slideMargin(1200, 300, 3)).to.be.above(300);
  });

  it('a wide, short plot stays under the widest canvas a browser draws (16,384 device px)', () => {
    const m = slideMargin(4000, 100, 2);
    expect((4000 + 2 * m) * 2).to.be.at.most(16_384);
    expect(slideMargin(9000, 100, 2)).to.equal(0);
  });
});
