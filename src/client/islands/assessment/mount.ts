/**
 * Hydrates the server-rendered self-assessment: the page's <script> imports this module.
 *
 * Astro's `client:load` would do the same through its generic island runtime (the
 * <astro-island> element and the Preact renderer, about 2.7 kB gz, more than the whole
 * hydration needs). The page has one island whose props are plain JSON, so Preact's own
 * hydrate() over the server-rendered markup is all it takes.
 */
import { h, hydrate } from 'preact';
import { setQuestionNames } from '../../../shared/assessment/parse-answers';
import Assessment from './Assessment';
import type { AssessmentProps } from './types';

export const ISLAND_SELECTOR = '[data-island="assessment"]';

const root = document.querySelector<HTMLElement>(ISLAND_SELECTOR);
if (root?.dataset['props']) {
  const props = JSON.parse(root.dataset['props']) as AssessmentProps;
  // Validation messages name the questions; the names come with the page's texts.
  setQuestionNames(props.texts.names);
  hydrate(h(Assessment, props), root);
}
