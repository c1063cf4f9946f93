/** The components available inside explainer MDX chapters. */
import P from './P.astro';
import Section from './Section.astro';
import SectionTitle from './SectionTitle.astro';
import Term from './Term.astro';
import Ref from './Ref.astro';

export const explainerComponents = { P, Section, SectionTitle, Term, Ref };
