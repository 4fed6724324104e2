/**
 * The web UI's words in Chinese and English: one table per language with the same keys (the English table is
 * typed by the Chinese one, so a missing translation fails `tsc`). The language comes from localStorage, else
 * from navigator.languages; status names come from the engine's STATUS_NAMES so the terminal and page agree.
 */
import { type Lang, STATUS_NAMES } from '../../src/engine/describe.js';
import type { Kind, Status } from '../../src/model/index.js';
import { EDITOR_STRINGS } from './i18n-editor.js';

export type { Lang };

const zhBase = {
  docTitle: 'banradius · 账号封禁影响分析',
  tagline: '账号封禁影响分析',
  skip: '跳到主要内容',
  switchLang: '切换到英文界面',
  views: '视图',
  viewGraph: '关系图',
  viewTable: '表格',
  viewRisk: '风险报告',
  mapSection: '地图',
  storedMaps: '打开已保存的地图',
  storedNone: '（还没有已保存的地图）',
  storedChoose: '选择一张地图…',
  loadFile: '载入 JSON 文件',
  newEmpty: '新建空白地图',
  openExample: '打开示例',
  exampleBadge: '示例',
  exampleBanner: '示例：一个真实案例（QQ 被永久封禁，2022 年）',
  exampleStory:
    '一个用了 15 年的 QQ 号被永久封禁，申诉被拒；绑在 QQ 和 QQ 邮箱上的微软、Apple ID、亚马逊、航空里程、四六级和学信网账户全都进不去了。',
  exampleTry: '试一试：点击图中的“QQ”，再点“模拟封禁”，看看封号会切断什么、损失多少钱。',
  howToRead:
    '怎么看：每个图形是一个账户；箭头指向依赖它的账户（右边的账户要靠左边的才能登录或找回）；最左边是你直接持有的根账户。',
  replay: (label: string) => `重现真实经过：${label}`,
  emptyMap:
    '这张地图还没有账户。在右边搜索并添加你的第一个账户，比如 QQ、微信或手机号；也可以载入 JSON 文件或打开示例。',
  addFirst: '添加第一个账户',
  fileMap: (name: string) => `来自文件：${name}`,
  storedMap: '已保存的地图',
  untitled: '未命名地图',
  accountsCount: (n: number) => `${n} 个账户`,
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
  panel: '封号模拟',
  sheetShow: '展开面板',
  groupLabel: (anchor: string, n: number) => `${anchor} → ${n} 个账户`,
  sheetHide: '收起面板',
  panelIdle: '在图或表格里点击一个账户（或用 Tab 选中后按回车），模拟它被封。',
  scenarios: '这张地图里的情景',
  scenarioRun: '模拟这个情景',
  scenarioBans: (n: number) => `${n} 项封禁`,
  close: '关闭',
  kind: '类型',
  provider: '服务商',
  capabilities: '能提供的功能',
  waysIn: '登录 / 找回途径',
  wayAnd: ' + ',
  wayFree: '不需要其他账户',
  rootAccount: '根账户：你直接持有它（没有登录途径依赖别的账户）',
  purposeLogin: '登录',
  purposeRecovery: '找回',
  capWays: (cap: string) => `“${cap}”功能的额外条件`,
  assets: '资产',
  notes: '备注',
  noValue: '未估值',
  banWhat: '会发生什么？',
  presetCustom: '自定义：选择失去哪些功能',
  loses: '失去：',
  keeps: '保留：',
  banApply: '模拟封禁',
  banUpdate: '更新这项封禁',
  banNoneChecked: '至少选择一项功能。',
  bansInSim: '本次模拟的封禁',
  banRemove: (label: string) => `移除对 ${label} 的封禁`,
  remove: '移除',
  clearSim: '清除模拟',
  clearHint: '（Esc）',
  banned: '被封',
  resultHeading: '封禁后果',
  headlineCut: (n: number) => `${n} 个账户被切断`,
  headlineOther: (partial: number, degraded: number) =>
    [partial ? `${partial} 个部分丧失` : '', degraded ? `${degraded} 个失去备用途径` : '']
      .filter(Boolean)
      .join('，'),
  moneyLost: '损失金额',
  moneyAtRisk: '有风险金额',
  affected: '受影响的账户',
  affectedNone: '没有其他账户受影响。',
  moreInTable: (n: number) => `还有 ${n} 个，请看表格视图。`,
  lostCaps: '失去的功能',
  assetsLost: '损失的资产',
  assetsAtRisk: '有风险的资产',
  assetsNone: '无',
  whyStatus: '状态',
  tableCaption: '所有账户及其在当前模拟下的状态',
  tableCaptionBaseline: '所有账户（尚未模拟封禁）',
  colAccount: '账户',
  colKind: '类型',
  colStatus: '状态',
  colLost: '失去的功能',
  colWhy: '原因',
  colAssets: '损失的资产',
  colAction: '操作',
  simulateThis: '模拟封禁',
  riskHeading: '风险报告：还没封号之前，先找出最脆弱的地方',
  riskIntro:
    '下面假设每个账户都可能被完全封禁，逐一计算后果。排名越靠前，封掉它损失越大。单点故障是指：只要封掉这一个账户，另一个账户就会被切断。',
  riskComputing: '正在计算风险报告…',
  riskUnavailable: '这个版本的引擎还不能计算风险报告。',
  riskEmpty: '地图里没有账户，没有可分析的内容。',
  exposure: '总体暴露',
  exposureAccounts: (pct: string) => `${pct} 的账户会因为某一个账户被封而被切断`,
  exposureValue: (shares: string) => `资产价值中，某一个账户被封就会损失的比例：${shares}`,
  blastHeading: '封禁影响排名（单个账户被完全封禁时）',
  blastChartLabel: '每个账户被封后的损失金额和被切断账户数',
  blastValueAxis: (cur: string) => `损失金额（${cur}）`,
  blastCountAxis: '被切断的账户数',
  blastBar: (label: string, money: string, cut: number) => `${label}：损失 ${money}，切断 ${cut} 个账户`,
  blastCut: (n: number) => `切断 ${n}`,
  blastNone: '没有哪个账户被封会影响到其他账户。',
  spofHeading: '单点故障',
  spofIntro: '左列的账户，只要右列任意一个账户被封，就会被切断。',
  spofNone: '没有单点故障。',
  spofCol: '只要封掉其中一个就会被切断',
  pairsHeading: '成对故障（两个账户同时被封）',
  pairsIntro: '左列的账户能扛住任意一个账户被封，但右列这些组合同时被封时会被切断。',
  pairsNone: '没有这样的组合。',
  pairsCol: '同时被封就会被切断的组合',
  recsHeading: '建议（按能保护的价值排序）',
  recsNone: '没有建议：没有可以通过加一条途径来避免的单点故障。',
  recText: (account: string, avoid: string) => `给 ${account} 加一条不经过 ${avoid} 的登录或找回途径`,
  recProtects: (money: string | null, n: number) =>
    `${money ? `可保护 ${money}，` : ''}${n} 个账户不再被切断`,
  print: '打印报告',
  importTitle: '无法打开这个文件',
  importNotJson: '这个文件不是合法的 JSON。',
  importInvalid: (n: number) => `这个文件不是有效的地图（${n} 个问题）：`,
  importWarnings: (n: number) => `地图已载入，有 ${n} 条提醒：`,
  dismiss: '知道了',
  apiOffline: '未连接到本地存储：打开的地图只在这个页面里。',
  apiOnline: '已连接本地存储。',
  apiError: '读取已保存的地图失败。',
  footer: '全部计算都在本机浏览器里完成，不会向任何外部地址发送数据。',
  kinds: {
    phone: '手机号',
    email: '邮箱',
    messenger: '聊天软件',
    payment: '支付',
    identity: '身份证件',
    device: '设备',
    service: '网站 / 服务',
  } satisfies Record<Kind, string>,
  assetKinds: {
    money: '钱',
    points: '积分 / 里程',
    subscription: '订阅',
    device: '设备',
    data: '数据',
    contacts: '联系人',
    credential: '证书 / 凭证',
    other: '其他',
  } as Record<string, string>,
  statusHelp: {
    banned: '这个账户本身被封',
    cut: '所有功能都没了：进不去了',
    partial: '部分功能没了，还能进去',
    degraded: '还能用，但备用途径断了',
    ok: '不受影响',
    unreachable: '封号前就进不去',
  } satisfies Record<Status, string>,
  nodeAria: (label: string, kind: string, status: string | null) =>
    status ? `${label}，${kind}，${status}` : `${label}，${kind}`,
  unreachableShort: '封号前就进不去',
};

type BaseStrings = typeof zhBase;

const enBase: BaseStrings = {
  docTitle: 'banradius · what a ban cuts off',
  tagline: 'What a ban cuts off',
  skip: 'Skip to main content',
  switchLang: 'Switch to Chinese',
  views: 'Views',
  viewGraph: 'Graph',
  viewTable: 'Table',
  viewRisk: 'Risk report',
  mapSection: 'Map',
  storedMaps: 'Open a saved map',
  storedNone: '(no saved maps yet)',
  storedChoose: 'Choose a map…',
  loadFile: 'Load a JSON file',
  newEmpty: 'Start an empty map',
  openExample: 'Open the example',
  exampleBadge: 'Example',
  exampleBanner: 'Example: a real case (QQ permanently banned, 2022)',
  exampleStory:
    'A 15-year-old QQ account was banned for good; Microsoft, Apple ID, Amazon, airline miles and exam records bound to QQ or its mailbox were all locked out.',
  exampleTry: 'Try it: click “QQ” in the graph, then “Simulate ban”: see what it cuts off and costs.',
  howToRead:
    'How to read it: each shape is an account; an arrow points to an account that needs it to log in or recover; roots you hold directly are on the far left.',
  replay: (label: string) => `Replay what happened: ${label}`,
  emptyMap:
    'This map has no accounts yet. Search and add your first account on the right, such as QQ, WeChat or a phone number; or load a JSON file or open the example.',
  addFirst: 'Add the first account',
  fileMap: (name: string) => `From file: ${name}`,
  storedMap: 'Saved map',
  untitled: 'Untitled map',
  accountsCount: (n: number) => `${n} account${n === 1 ? '' : 's'}`,
  legend: 'Legend',
  legendKinds: 'Kinds',
  legendStatus: 'After a ban',
  legendLinks: 'Links',
  legendAnd: 'Junction dot: all needed (AND)',
  legendOr: 'Separate arrows: any one way (OR)',
  legendCapWay: 'Dashed: extra condition for one capability',
  legendUnreachable: 'Dashed outline: locked out before any ban (check the map)',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit to window',
  graphLabel: 'Graph of which account depends on which',
  graphHelp: 'Drag to pan, scroll to zoom; or Tab to an account and press Enter to open its ban panel.',
  panel: 'Ban simulation',
  sheetShow: 'Show the panel',
  groupLabel: (anchor: string, n: number) => `${anchor} → ${n} account${n === 1 ? '' : 's'}`,
  sheetHide: 'Hide the panel',
  panelIdle: 'Click an account in the graph or table (or Tab to it and press Enter) to simulate its ban.',
  scenarios: 'Scenarios in this map',
  scenarioRun: 'Simulate this scenario',
  scenarioBans: (n: number) => `${n} ban${n === 1 ? '' : 's'}`,
  close: 'Close',
  kind: 'Kind',
  provider: 'Provider',
  capabilities: 'Capabilities',
  waysIn: 'Ways in (log in / recover)',
  wayAnd: ' + ',
  wayFree: 'needs no other account',
  rootAccount: 'Root: you hold it directly (no way in depends on another account)',
  purposeLogin: 'Log in',
  purposeRecovery: 'Recover',
  capWays: (cap: string) => `extra condition for “${cap}”`,
  assets: 'Assets',
  notes: 'Notes',
  noValue: 'no value given',
  banWhat: 'What happens?',
  presetCustom: 'Custom: choose what is lost',
  loses: 'Loses: ',
  keeps: 'Keeps: ',
  banApply: 'Simulate ban',
  banUpdate: 'Update this ban',
  banNoneChecked: 'Choose at least one capability.',
  bansInSim: 'Bans in this simulation',
  banRemove: (label: string) => `Remove the ban on ${label}`,
  remove: 'Remove',
  clearSim: 'Clear simulation',
  clearHint: '(Esc)',
  banned: 'banned',
  resultHeading: 'What the ban costs',
  headlineCut: (n: number) => `${n} account${n === 1 ? '' : 's'} cut off`,
  headlineOther: (partial: number, degraded: number) =>
    [partial ? `${partial} partly lost` : '', degraded ? `${degraded} lost a backup route` : '']
      .filter(Boolean)
      .join(', '),
  moneyLost: 'Money lost',
  moneyAtRisk: 'Money at risk',
  affected: 'Accounts affected',
  affectedNone: 'No other account is affected.',
  moreInTable: (n: number) => `${n} more: see the table view.`,
  lostCaps: 'Capabilities lost',
  assetsLost: 'Assets lost',
  assetsAtRisk: 'Assets at risk',
  assetsNone: 'none',
  whyStatus: 'Status',
  tableCaption: 'Every account and its status under the current simulation',
  tableCaptionBaseline: 'Every account (no ban simulated yet)',
  colAccount: 'Account',
  colKind: 'Kind',
  colStatus: 'Status',
  colLost: 'Capabilities lost',
  colWhy: 'Why',
  colAssets: 'Assets lost',
  colAction: 'Action',
  simulateThis: 'Simulate ban',
  riskHeading: 'Risk report: find the weak spots before a ban happens',
  riskIntro:
    'Every account is assumed to be banned outright, one at a time. The higher in the ranking, the more its ban costs. A single point of failure is an account whose ban alone cuts another account off.',
  riskComputing: 'Computing the risk report…',
  riskUnavailable: 'This version of the engine cannot compute the risk report yet.',
  riskEmpty: 'The map has no accounts: nothing to analyse.',
  exposure: 'Exposure',
  exposureAccounts: (pct: string) => `${pct} of accounts are cut off by some single ban`,
  exposureValue: (shares: string) => `Share of asset value that some single ban takes: ${shares}`,
  blastHeading: 'Blast radius (each account banned outright)',
  blastChartLabel: 'Money lost and accounts cut off when each account is banned',
  blastValueAxis: (cur: string) => `Money lost (${cur})`,
  blastCountAxis: 'Accounts cut off',
  blastBar: (label: string, money: string, cut: number) =>
    `${label}: ${money} lost, ${cut} account${cut === 1 ? '' : 's'} cut off`,
  blastCut: (n: number) => `${n} cut`,
  blastNone: 'No single ban affects any other account.',
  spofHeading: 'Single points of failure',
  spofIntro: 'The account on the left is cut off if any one account on the right is banned.',
  spofNone: 'No single points of failure.',
  spofCol: 'Cut off by the ban of any one of',
  pairsHeading: 'Pairs (two accounts banned together)',
  pairsIntro:
    'The account on the left survives any single ban, but is cut off when both accounts of a pair are banned.',
  pairsNone: 'No such pairs.',
  pairsCol: 'Cut off when both are banned',
  recsHeading: 'Recommendations (ranked by what they protect)',
  recsNone: 'No recommendations: no single point of failure can be avoided by adding a way in.',
  recText: (account: string, avoid: string) => `Give ${account} a way in that does not go through ${avoid}`,
  recProtects: (money: string | null, n: number) =>
    `${money ? `protects ${money}; ` : ''}${n} account${n === 1 ? '' : 's'} no longer cut off`,
  print: 'Print the report',
  importTitle: 'Could not open this file',
  importNotJson: 'This file is not valid JSON.',
  importInvalid: (n: number) => `This file is not a valid map (${n} problem${n === 1 ? '' : 's'}):`,
  importWarnings: (n: number) => `Map loaded with ${n} warning${n === 1 ? '' : 's'}:`,
  dismiss: 'Dismiss',
  apiOffline: 'Not connected to local storage: the map you open stays in this page.',
  apiOnline: 'Connected to local storage.',
  apiError: 'Could not read the saved maps.',
  footer: 'Everything is computed in this browser; nothing is sent to any outside address.',
  kinds: {
    phone: 'Phone number',
    email: 'Email',
    messenger: 'Messenger',
    payment: 'Payment',
    identity: 'Identity',
    device: 'Device',
    service: 'Website / service',
  },
  assetKinds: {
    money: 'money',
    points: 'points / miles',
    subscription: 'subscription',
    device: 'device',
    data: 'data',
    contacts: 'contacts',
    credential: 'credential',
    other: 'other',
  },
  statusHelp: {
    banned: 'this account itself is banned',
    cut: 'every capability gone: locked out',
    partial: 'some capabilities gone, still reachable',
    degraded: 'still works, but a backup route is gone',
    ok: 'not affected',
    unreachable: 'locked out even before any ban',
  },
  nodeAria: (label: string, kind: string, status: string | null) =>
    status ? `${label}, ${kind}, ${status}` : `${label}, ${kind}`,
  unreachableShort: 'locked out before any ban',
};

const zh = { ...zhBase, ...EDITOR_STRINGS.zh };
export type Strings = typeof zh;
const en: Strings = { ...enBase, ...EDITOR_STRINGS.en };

/** Both tables, for tests that check a screen holds no string of the other language. */
export const STRINGS: Record<Lang, Strings> = { zh, en };

const STORAGE_KEY = 'banradius.lang';

/** The language to start in: the remembered choice, else the first of navigator.languages we speak, else en. */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage can be disabled; fall back to the browser's languages.
  }
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const l of langs) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

/** Remembers the chosen language for the next visit. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering is harmless.
  }
}

/** The table of one language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** A status name in a language (the engine's names, shared with the terminal). */
export function statusName(status: Status, lang: Lang): string {
  return STATUS_NAMES[status][lang];
}

/** The HTML lang attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
