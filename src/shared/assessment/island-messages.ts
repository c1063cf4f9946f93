/**
 * The assessment island's fixed notices. They travel with the page's texts (as the question
 * texts do, QuestionnaireTexts.messages) and the island registers them at its first render
 * (client/islands/assessment/state.ts setIslandMessages), so they cost its first script nothing.
 */
export const ISLAND_MESSAGES = {
  restored: '已恢复您上次在本机保存的填写进度，可以接着填写。',
  restoredResult: '已恢复您上次在本机查看的自评结果。',
  cleared: '已清除本机保存的填写内容，请重新填写。',
  clearedHere: '已清除本页填写的内容。本机保存的新版进度仍原样保留。',
  shared: '这是通过分享链接打开的自评结果，答案来自链接本身，没有保存到本机。',
  dropped: '以下保存的答案无法读取，已略去，请重新填写：',
  nothingRestored: '上次保存的填写进度中没有可以恢复的答案。',
  clearAll: '确定清除已填写的全部答案吗？清除后无法恢复。',
  shareLoadFailed: '分享链接所需的程序未能加载，可能是网络中断，请检查网络后重新加载本页。',
  loadFailed: '检查答案和生成结果所需的程序未能加载，可能是网络中断。您的答案没有丢失，请检查网络后重新加载本页。',
  storedHere: '填写内容只保存在本机浏览器。',
} as const;

export type IslandMessages = Readonly<Record<keyof typeof ISLAND_MESSAGES, string>>;
