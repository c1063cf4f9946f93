/** Shared data for the assessment UI tests (not a test file itself). */
import { citableCitations, citationKey } from '../../../../../src/shared/assessment/citable';
import { QUESTION_TEXTS } from '../../../../../src/shared/assessment/question-texts';
import type { Answers, QuestionnaireTexts } from '../../../../../src/shared/assessment/types';
import type { CitationRefs } from '../../../../../src/client/islands/assessment/types';
import { answersWith, CORPUS_SLUGS, SOURCE_TITLES, TODAY, TYPICAL } from '../../../../support/answers';

export { answersWith, SOURCE_TITLES, TODAY };
export const SOURCES: readonly string[] = CORPUS_SLUGS;

/** The questionnaire's texts as the page hands them to the island: through data-props, i.e. as JSON. */
export const TEXTS: QuestionnaireTexts = JSON.parse(JSON.stringify(QUESTION_TEXTS)) as QuestionnaireTexts;

/** Refs shaped like the page's: corpus articles link to #art-N, explainer sections to the explainer. */
export const REFS: CitationRefs = Object.fromEntries(
  citableCitations(SOURCE_TITLES).map((c) => {
    const key = citationKey(c);
    if (c.article !== undefined) {
      return [key, { href: `/regulations/${c.source}/ch-x/#art-${c.article}`, title: c.label, text: [`${c.label}的条文`] }];
    }
    return [key, { href: `/explainers/xiehui-shanghui-dangjian/si/#${c.section}`, title: c.label, text: [`${c.section}的段落`] }];
  }),
);

/** See TYPICAL in the shared fixtures. */
export const ANSWERS: Answers = TYPICAL;
