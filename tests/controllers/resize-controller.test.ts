import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController, type Watched } from '../../src/controllers/resize-controller.js';
import { frames } from '../helpers/signals.js';

/** A host that counts the renders asked of it. */
function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController(_: ReactiveController) {},
    removeController(_: ReactiveController) {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** A box in the page, `width` × `height` px with `padding` px on every side. */
function box(width: number, height: number, padding = 0): HTMLDivElement {
  const div = document.createElement('div');
  Object.assign(div.style, { width: `${width}px`, height: `${height}px`, padding: `${padding}px`, boxSizing: 'content-box' });
  document.body.append(div);
  return div;
}

/** Observes `element` through a controller watching `watched`, once its first notice has come. */
async function watching(element: HTMLElement, watched: Watched[], kind: 'content' | 'border' = 'border') {
  const h = host();
  const controller = new ResizeController(h, kind, watched);
  expect(controller.observe(element), 'a new element').to.equal(true);
  expect(controller.observe(element), 'the same element again').to.equal(false);
  await frames(3);
  h.updates = 0;
  return { h, controller };
}

describe('ResizeController', () => {
  let element: HTMLDivElement;
  afterEach(() => element.remove());

  it('measure() reads the box now and says whether a watched size changed', () => {
    element = box(200, 50);
    const controller = new ResizeController(host(), 'border', ['height']);
    controller.observe(element);
    expect(controller.measure()).to.equal(true);
    expect([controller.width, controller.height]).to.deep.equal([200, 50]);
    expect(controller.measure(), 'nothing changed').to.equal(false);
    element.style.width = '300px';
    expect(controller.measure(), 'only the unwatched width changed').to.equal(false);
    expect(controller.width, 'kept all the same').to.equal(300);
  });

  it('measure() of an element out of the page reads no size (0, not NaN) and says so once', () => {
    element = document.createElement('div');
    element.style.padding = '6px';
    for (const kind of ['content', 'border'] as const) {
      const controller = new ResizeController(host(), kind, ['width', 'height']);
      controller.observe(element);
      controller.measure();
      expect([controller.width, controller.height, controller.edges], kind).to.deep.equal([0, 0, 0]);
      expect(controller.measure(), `${kind}: measured again, nothing changed`).to.equal(false);
    }
  });

  it("measure() of a border box tells its edges as the observer does, so the observer's first notice asks for no render", async () => {
    element = box(200, 50, 6);
    const h = host();
    const controller = new ResizeController(h, 'border', ['width', 'edges']);
    controller.observe(element);
    expect(controller.measure(), 'a first size').to.equal(true);
    expect([controller.width, controller.height, controller.edges]).to.deep.equal([212, 62, 12]);
    await frames(3);
    expect(h.updates, 'renders asked by the first notice').to.equal(0);
  });

  it('asks for a render when a watched size changes, and not for another one', async () => {
    element = box(200, 50);
    const { h, controller } = await watching(element, ['height']);
    element.style.width = '260px';
    await frames(3);
    expect(h.updates, 'width changed').to.equal(0);
    expect(controller.width).to.equal(260);
    element.style.height = '70px';
    await frames(3);
    expect(h.updates, 'height changed').to.equal(1);
  });

  it('watching the edges, asks for a render when the padding changes the border box', async () => {
    element = box(200, 50, 0);
    const { h, controller } = await watching(element, ['width', 'edges']);
    element.style.padding = '0 0 6px';
    await frames(3);
    expect(controller.edges).to.equal(6);
    expect(h.updates).to.equal(1);
  });

  it('boxes of one host that change in the same frame ask it for one render', async () => {
    element = box(200, 50);
    const other = box(100, 20);
    const h = host();
    const a = new ResizeController(h, 'border', ['width', 'height']);
    const b = new ResizeController(h, 'border', ['width', 'height']);
    a.observe(element);
    b.observe(other);
    await frames(3);
    h.updates = 0;
    element.style.height = '70px';
    other.style.width = '150px';
    await frames(3);
    expect([a.height, b.width]).to.deep.equal([70, 150]);
    expect(h.updates, 'renders asked').to.equal(1);
    other.remove();
  });
});
