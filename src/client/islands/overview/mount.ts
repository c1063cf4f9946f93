/** Hydrates the server-rendered 自评汇总 page (see client/islands/assessment/mount.ts for why not client:load). */
import { h, hydrate } from 'preact';
import Overview, { type OverviewProps } from './Overview';

const root = document.querySelector<HTMLElement>('[data-island="overview"]');
if (root?.dataset['props']) hydrate(h(Overview, JSON.parse(root.dataset['props']) as OverviewProps), root);
