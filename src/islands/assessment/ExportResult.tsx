/**
 * Export of the answers as a file for the 自评汇总 page (lib/assessment/export-file):
 * the association's name is asked here, since the questionnaire does not ask it. The
 * file is made in the browser and saved through a blob: link; nothing is sent or stored.
 */
import { useState } from 'preact/hooks';
import type { Answers } from '../../lib/assessment';
import { checkName, createExportFile, exportFileName, NAME_MAX_LENGTH } from '../../lib/assessment/export-file';
import { downloadText } from '../download';

const OVERVIEW_URL = '/assessment/overview/';

interface Props {
  answers: Answers;
  today: string;
  /** The association's name, shared with the printed report's name field (one value, two places). */
  name: string;
  setName: (name: string) => void;
}

export function ExportResult({ answers, today, name, setName }: Props) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const save = (): void => {
    const checked = checkName(name);
    if (!checked.ok) {
      setError(checked.message);
      setStatus('');
      (document.getElementById('assessment-export-name') as HTMLInputElement | null)?.focus();
      return;
    }
    setError('');
    const entry = { name: checked.name, date: today, answers };
    downloadText(createExportFile(entry), exportFileName(entry), 'application/json');
    setStatus(`已导出文件“${exportFileName(entry)}”`);
  };
  return (
    <section class="assessment-share assessment-export no-print" aria-labelledby="assessment-export-title">
      <h3 id="assessment-export-title">导出结果文件</h3>
      <p id="assessment-export-hint">
        导出的文件只含格式版本、协会商会名称、自评日期和填写的答案，可交给党建指导员或业务主管部门在
        <a href={OVERVIEW_URL}>自评汇总</a>页与其他协会的结果一起汇总。
      </p>
      <label for="assessment-export-name">协会商会名称</label>
      <div class="assessment-share__row">
        <input
          id="assessment-export-name"
          class="assessment-share__url"
          type="text"
          autoComplete="organization"
          maxLength={NAME_MAX_LENGTH * 2}
          value={name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'assessment-export-error assessment-export-hint' : 'assessment-export-hint'}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="button" class="button" onClick={save}>
          导出结果文件
        </button>
      </div>
      {error ? (
        <p id="assessment-export-error" class="question__error">
          {error}
        </p>
      ) : null}
      <p role="status" class="assessment-share__status">
        {status}
      </p>
    </section>
  );
}
