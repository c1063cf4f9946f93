// Text whose dates and article numbers do not break across lines (shared/text/nowrap), for the
// islands: the same spans as Nowrap.astro renders on the static pages.
import { nowrapParts } from '../../shared/text/nowrap';

export function Nowrap({ text }: { text: string }) {
  return <>{nowrapParts(text).map((p) => (p.keep ? <span class="nowrap">{p.text}</span> : p.text))}</>;
}
