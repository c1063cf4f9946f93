/**
 * What every page of a regulation says about its content, on screen and in print:
 * when it last changed (the text's own dates and the corpus file's date) and where
 * our copy of the text comes from. Build time only (reads the file's date).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { RegulationInfo } from '../../data/regulations';
import { regulationsDir } from '../../lib/regulations/corpus';
import { regulationDatesText } from '../../lib/regulations/display';

/** The modification date of a corpus file (by its name in REGULATIONS_DIR), yyyy-mm-dd in China Standard Time. */
export function corpusFileDate(file: string): string {
  const mtime = statSync(path.join(regulationsDir(), file)).mtime;
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(mtime);
}

export interface RegulationPageInfo {
  /** For BaseLayout's `updated`: the dates line. */
  updated: string;
  /** For BaseLayout's `source`: our note on where the text comes from, if we have one. */
  source: string | undefined;
}

export function regulationPageInfo(reg: RegulationInfo): RegulationPageInfo {
  const note = reg.note?.data;
  return {
    updated: regulationDatesText({
      adopted: note?.adopted,
      effective: note?.effective,
      revised: note?.revised,
      fileDate: corpusFileDate(reg.doc.file),
    }),
    source: note?.sourceNote ? `《${reg.fullTitle}》本站文本来源：${note.sourceNote}` : undefined,
  };
}
