/** @module 关系图和图例的文字。 */

export const graph = {
  legend: '图例',
  legendKinds: '账户类型',
  legendStatus: '封禁后',
  legendLinks: '连线',
  legendAnd: '汇合点：同时需要（与）',
  legendOr: '分开的箭头：任一途径即可（或）',
  legendCapWay: '虚线：某项功能的额外条件',
  legendUnreachable: '虚线框：封号前就进不去（请检查地图）',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomFit: '适应窗口',
  graphLabel: '账户依赖关系图',
  graphHelp: '拖动平移、滚轮缩放；也可以用 Tab 键选中账户，按回车打开封禁面板。',
  groupLabel: (anchor: string, n: number) => `${anchor} → ${n} 个账户`,
  nodeAria: (label: string, kind: string, status: string | null) =>
    status ? `${label}，${kind}，${status}` : `${label}，${kind}`,
  unreachableShort: '封号前就进不去',
};

export type WebGraphText = typeof graph;
