/** The clauses a finding rests on: each norm's own words, where they stand, and how binding they are. */
import { Nowrap } from '../nowrap';
import type { Finding, SourceTitles } from '../../../shared/assessment';
import { citeNorm } from '../../../shared/assessment/citations';
import { citationKey } from '../../../shared/assessment/citable';
import { findNorm, STRENGTH_LABELS, type Norm } from '../../../shared/assessment/norms';
import { MISSING_SOURCE_NOTE } from '../../../shared/site/constants';
import type { CitationRefs } from './types';

const MISSING = MISSING_SOURCE_NOTE;

/** Why the badge says what it says: the norm's own word (the badge names the strength, once). */
function strengthReason(n: Norm): string {
  const who = n.addressee === 'superior' ? '，由上级党组织落实' : '';
  return n.source.kind === 'explainer' ? '不是法规条文' : `条文用“${n.modal}”${who}`;
}

/** One quoted clause: the norm's own words, where they stand, and how binding they are. */
/** Where the clauses' citations lead and what they call their sources. */
export interface Sources {
  refs: CitationRefs;
  titles: SourceTitles;
}

function NormQuote({ n, refs, titles }: { n: Norm } & Sources) {
  const c = citeNorm(titles, n);
  const href = refs[citationKey(c)]?.href ?? null;
  return (
    <figure class="norm-quote" data-norm={n.id}>
      <blockquote cite={href ?? undefined}>
        <p>{n.quote}</p>
      </blockquote>
      <figcaption>
        <span class={`strength strength--${n.strength}`}>{STRENGTH_LABELS[n.strength]}</span>
        {href ? (
          <a href={href}>
            <Nowrap text={c.label} />
          </a>
        ) : (
          <span>
            <Nowrap text={c.label} />
            {MISSING}
          </span>
        )}
        <span class="visually-hidden">，</span>
        <span class="norm-quote__strength">（{strengthReason(n)}）</span>
      </figcaption>
    </figure>
  );
}

export function Basis({ f, refs, titles }: { f: Finding } & Sources) {
  const norms = f.norms.map(findNorm).filter((n): n is Norm => n !== undefined);
  return (
    <div class="finding__basis" aria-label="依据条文">
      {norms.map((n) => (
        <NormQuote key={n.id} n={n} refs={refs} titles={titles} />
      ))}
    </div>
  );
}
