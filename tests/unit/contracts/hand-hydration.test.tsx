// @vitest-environment happy-dom
/**
 * Contract: the islands hydrate themselves (src/client/islands/<name>/mount.ts: Preact's
 * hydrate() over the element the page marks data-island, props from data-props) instead
 * of Astro's client:load (docs/upgrading.md). That holds while the installed
 * @astrojs/preact renders a component that has no client:* directive as the component's
 * own markup, which Preact's hydrate adopts node for node. After an upgrade of astro,
 * @astrojs/preact or preact this fails if the server output gains wrappers or markers
 * that hydrate would throw away or duplicate.
 */
import { h, hydrate } from 'preact';
import { useState } from 'preact/hooks';
import renderer from '@astrojs/preact/server.js';
// Its virtual options module comes from the build's own plugin (vitest.config.ts).
import { describe, expect, it, vi } from 'vitest';

interface Props {
  label: string;
  items: string[];
}

function Counter({ label, items }: Props) {
  const [count, setCount] = useState(0);
  return (
    <section>
      <button type="button" onClick={() => setCount(count + 1)}>
        {label}：{count}
      </button>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

describe('a Preact component Astro renders without client:* hydrates by hand', () => {
  it('keeps the server-rendered nodes and becomes interactive', async () => {
    const props: Props = { label: '已选', items: ['组织覆盖', '工作覆盖'] };
    // What Astro calls for a Preact component in an .astro page (renderFrameworkComponent).
    const ssr = renderer as unknown as {
      check: (this: { result: object }, c: unknown, p: object, s: object) => Promise<boolean>;
      renderToStaticMarkup: (this: { result: object }, c: unknown, p: object, s: object) => Promise<{ html: string }>;
    };
    const context = { result: {} };
    expect(await ssr.check.call(context, Counter, props, {})).toBe(true);
    const { html } = await ssr.renderToStaticMarkup.call(context, Counter, props, {});
    expect(html).not.toMatch(/<astro-|<!--/);

    // The page: <div data-island="…" data-props={JSON.stringify(props)}><Component {...props} /></div>.
    document.body.innerHTML = `<div data-island="probe" data-props='${JSON.stringify(props)}'>${html}</div>`;
    const root = document.querySelector<HTMLElement>('[data-island="probe"]')!;
    const button = root.querySelector('button')!;
    const before = root.innerHTML;

    // What mount.ts does.
    hydrate(h(Counter, JSON.parse(root.dataset['props']!) as Props), root);
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('button')).toBe(button);

    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('已选：1'));
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });
});
