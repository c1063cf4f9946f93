/** One finding of the result: something to do (its reasoning and clauses folded), or a met requirement. */
import type { Finding } from '../../../shared/assessment';
import { COVERAGE_NAMES } from '../../../shared/assessment/coverages';
import { Basis, type Sources } from './Basis';
import { todoText } from './plain';

const tag = (f: Finding) => <span class="finding__tag">{COVERAGE_NAMES[f.coverage]}</span>;

/** Something to do: what, in plain words, and how far from it; the reasoning and the clauses folded below. */
export function ToDoItem({ f, gap, refs, titles }: { f: Finding; gap: string | null } & Sources) {
  const todo = todoText(f);
  return (
    <li class="finding" data-finding={f.id}>
      <p class="finding__todo">
        {tag(f)}
        <strong>{todo}</strong>
        {gap && <span class="finding__gap">——{gap}</span>}
      </p>
      <details class="finding__more">
        <summary>
          说明和依据<span class="visually-hidden">（{todo}）</span>
        </summary>
        <p>{f.text}</p>
        <Basis f={f} refs={refs} titles={titles} />
      </details>
    </li>
  );
}

/** A met requirement: what was found, with its clauses (the whole list is folded). */
export function MetItem({ f, refs, titles }: { f: Finding } & Sources) {
  return (
    <li class="finding" data-finding={f.id}>
      <p>
        {tag(f)}
        {f.text}
      </p>
      <Basis f={f} refs={refs} titles={titles} />
    </li>
  );
}
