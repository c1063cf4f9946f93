/**
 * The printed report's 引用条文原文: the full text of what the findings to act on rest on. A met
 * requirement keeps its citations, whose texts are on the site (this keeps the report near 3 A4 pages).
 */
import { Nowrap } from '../nowrap';
import type { AssessmentResult, Citation } from '../../../shared/assessment';
import { citationKey } from '../../../shared/assessment/citable';
import { MISSING_SOURCE_NOTE } from '../../../shared/site/constants';
import type { CitationRefs } from './types';

const MISSING = MISSING_SOURCE_NOTE;

export function PrintedSources({ result, refs }: { result: AssessmentResult; refs: CitationRefs }) {
  const cited = new Map<string, Citation>();
  for (const f of result.findings) {
    if (f.level === '已达标') continue;
    for (const c of f.citations) if (!cited.has(citationKey(c))) cited.set(citationKey(c), c);
  }
  if (cited.size === 0) return null;
  return (
    <section class="print-only assessment-sources" aria-labelledby="assessment-print-sources">
      <h3 id="assessment-print-sources">引用条文原文</h3>
      <p class="assessment-sources__note">以下是须整改、建议和供参考各项所依据条文的原文；已达标各项所依据的条文见本站法规页面。</p>
      {[...cited].map(([key, c]) => {
        const ref = refs[key];
        return (
          <div class="assessment-source" key={key} data-source={key}>
            <h4>
              <Nowrap text={ref?.title ?? c.label} />
              {ref && ref.text.length > 0 && !c.missing ? '' : MISSING}
            </h4>
            {!c.missing &&
              ref?.text.map((p, i) => (
                <p key={i}>
                  <Nowrap text={p} />
                </p>
              ))}
          </div>
        );
      })}
    </section>
  );
}
