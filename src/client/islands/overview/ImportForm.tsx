/** The import: result files (picked or dropped) and pasted share links, with the report of what came in. */
import { useState } from 'preact/hooks';
import type { ImportProblem } from '../../../shared/assessment/overview';

interface Props {
  onFiles: (files: readonly File[]) => Promise<void>;
  links: string;
  onLinksInput: (links: string) => void;
  onLinks: () => Promise<void>;
  /** What the last import did, and each file or line that could not be imported. */
  report: string;
  problems: readonly ImportProblem[];
}

export function ImportForm({ onFiles, links, onLinksInput, onLinks, report, problems }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <section class="overview-import no-print" aria-labelledby="overview-import-title">
      <h2 id="overview-import-title">导入自评结果</h2>
      <div
        class={`overview-drop${dragging ? ' overview-drop--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void onFiles(Array.from(e.dataTransfer?.files ?? []));
        }}
      >
        {/* A button in the page's language (the native one speaks the browser's): the label
            wraps the hidden input, so a tap on it opens the file picker. */}
        <label class="button overview-pick">
          选择结果文件
          <input
            id="overview-files"
            class="visually-hidden"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const files = Array.from(input.files ?? []);
              void onFiles(files).then(() => {
                input.value = '';
              });
            }}
          />
        </label>
        <span class="overview-drop__hint">
          可一次选择多个文件<span class="overview-drop__drag">，也可以把文件拖放到这个框里</span>。
        </span>
      </div>
      <label for="overview-links">或粘贴分享链接，每行一个；可在链接前写上协会商会名称（分享链接不含名称和填写日期）</label>
      <textarea id="overview-links" rows={3} value={links} onInput={(e) => onLinksInput(e.currentTarget.value)} />
      <div class="overview-actions">
        <button type="button" class="button" onClick={() => void onLinks()}>
          导入链接
        </button>
      </div>
      <div class="overview-report" role="status">
        {report ? <p>{report}</p> : null}
        {problems.length > 0 ? (
          <ul class="overview-problems">
            {problems.map((p, i) => (
              <li key={`${p.source}-${i}`}>
                <strong>{p.source}</strong>：{p.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
