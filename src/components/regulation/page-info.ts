/**
 * What every page of a regulation says about its content, on screen and in print:
 * the document's own dates and where our copy of the text comes from.
 */
import type { RegulationInfo } from '../../node/data/regulations';
import { regulationDatesText } from '../../shared/regulations/display';

export interface RegulationPageInfo {
  /** For BaseLayout's `updated`: the dates line. */
  updated: string | undefined;
  /** For BaseLayout's `source`: where the text comes from. */
  source: string;
}

export function regulationPageInfo(reg: RegulationInfo): RegulationPageInfo {
  return {
    updated: regulationDatesText(reg.facts.dates),
    source: `《${reg.fullTitle}》本站文本来源：${reg.facts.provenance}`,
  };
}
