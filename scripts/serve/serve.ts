// `npm start` / `npm run serve`: serve the built site on 127.0.0.1 and print the URL.
import { existsSync } from 'node:fs';
import { startServer } from './static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('找不到 dist/index.html：请先运行 npm run build（或直接运行 npm start）。');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ port });
console.log(`行业协会商会党建知识站已启动：${url}/  （按 Ctrl+C 停止）`);
