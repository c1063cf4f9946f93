/** Hydrates the server-rendered 年度工作安排 page (see client/islands/assessment/mount.ts for why not client:load). */
import { h, hydrate } from 'preact';
import Plan from './Plan';
import type { PlanProps } from './types';

const root = document.querySelector<HTMLElement>('[data-island="plan"]');
if (root?.dataset['props']) hydrate(h(Plan, JSON.parse(root.dataset['props']) as PlanProps), root);
