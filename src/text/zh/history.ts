/** @module 撤销和查找账户的中文：刷新页面后沿着已保存的版本往回撤销；按 / 查找任意账户。 */

export const history = {
  undoToVersion: (v: number) => `撤销：回到已保存的第 ${v} 版`,
  backToVersion: (v: number) => `已回到第 ${v} 版（可以重做）`,
  versionGone: '更早的版本已经不在了，不能再撤销。',
  searchLabel: '查找账户',
  searchPlaceholder: '查找账户（按 / ）',
  searchNone: '没有匹配的账户',
  searchCount: (n: number) => `${n} 个匹配的账户，用上下键选择，回车打开`,
};
