/**
 * Getting the result out, at the top of the result: the association's name (asked once,
 * for the printed report, the message and the file), then 发给党建指导员 (the system share
 * sheet; where there is none, the message and link copied, or shown to copy by hand), 打印
 * and the file for 自评汇总 (shared/assessment/export-file). Everything is made in the browser;
 * the answers travel only in the link's hash, which browsers never send to a server.
 */
import { useState } from 'preact/hooks';
import type { Answers } from '../../../shared/assessment';
import { checkName, createExportFile, exportFileName, NAME_MAX_LENGTH } from '../../../shared/assessment/export-file';
import { encodeAnswers } from '../../../shared/assessment/share';
import { downloadText } from '../download';
import { chineseDate } from '../../../shared/dates';

const OVERVIEW_URL = '/assessment/overview/';
const NAME_ID = 'assessment-org-name';
const ERROR_ID = 'assessment-org-error';

interface Props {
  answers: Answers;
  /** The date the answers were given (YYYY-MM-DD): the link, the message and the file carry it. */
  date: string;
  /** The result in one line, e.g. 3 项须整改、1 项建议. */
  headline: string;
  name: string;
  setName: (name: string) => void;
}

/** What is sent: who, when, the verdict, and the link that shows the whole result. */
export function shareMessage(name: string, date: string, headline: string, url: string): { title: string; text: string; url: string } {
  const title = `${name}“两个覆盖”自评结果`;
  return { title, text: `${title}（填写日期：${chineseDate(date)}）：${headline}。打开链接可查看详情。`, url };
}

export function ExportResult({ answers, date, headline, name, setName }: Props) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const url = `${location.origin}${location.pathname}#${encodeAnswers(answers, date)}`;

  /** The checked name, or null after saying what is wrong and focusing the field. */
  const named = (): string | null => {
    const checked = checkName(name);
    if (checked.ok) {
      setError('');
      return checked.name;
    }
    setError(checked.message);
    setStatus('');
    document.getElementById(NAME_ID)?.focus();
    return null;
  };

  const copy = async (text: string, link: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('已复制说明和链接，可以粘贴到微信里发给党建指导员。');
    } catch {
      // No clipboard either: the browser's own box shows the link selected, to copy by hand.
      window.prompt('无法自动复制，请复制这个链接后发送：', link);
      setStatus('');
    }
  };

  const send = async (): Promise<void> => {
    const who = named();
    if (who === null) return;
    const message = shareMessage(who, date, headline, url);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share(message);
        setStatus('');
        return;
      } catch (e) {
        // Cancelled by the user: nothing to say. Refused (not allowed here): copy instead.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    await copy(`${message.text}\n${message.url}`, message.url);
  };

  const save = (): void => {
    const who = named();
    if (who === null) return;
    const entry = { name: who, date, answers };
    downloadText(createExportFile(entry), exportFileName(entry), 'application/json');
    setStatus(`已保存汇总文件“${exportFileName(entry)}”。`);
  };

  return (
    <div class="result-tools tool-panel">
      <p class="assessment-org">
        <label for={NAME_ID}>
          协会商会名称<span class="no-print">（打印和发送时写上）</span>
        </label>
        <input
          id={NAME_ID}
          class="assessment-org__input field"
          type="text"
          autoComplete="organization"
          maxLength={NAME_MAX_LENGTH * 2}
          value={name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? ERROR_ID : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </p>
      {error ? (
        <p id={ERROR_ID} class="question__error no-print">
          {error}
        </p>
      ) : null}
      <div class="result-tools__buttons no-print">
        <button type="button" class="button button--primary" onClick={() => void send()}>
          发给党建指导员
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          打印或导出 PDF
        </button>
        <button type="button" class="button" onClick={save} aria-describedby="assessment-export-hint">
          保存汇总文件
        </button>
      </div>
      <p id="assessment-export-hint" class="result-tools__hint no-print">
        汇总文件供党建指导员在<a href={OVERVIEW_URL}>自评汇总</a>页合并多家协会的结果；微信里可能无法保存，可改用“发给党建指导员”。
      </p>
      <p role="status" class="assessment-share__status no-print">
        {status}
      </p>
    </div>
  );
}
