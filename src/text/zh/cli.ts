/** @module 命令行的中文文字：帮助、用法提示、错误和结果行。英文版（en/cli.ts）的类型由这里推出。 */

export const cli = {
  help: (version: string) => `banradius ${version} — 封号会切断什么、为什么、损失多少

用法：
  banradius serve [--port 4178] [--data 目录] [--token T]   在本机启动网页界面和 JSON API
  banradius impact (地图.json | --map ID [--data 目录]) (--ban ID[:功能,功能]|ID@预设 ... | --scenario ID) [--json]
                                                            封禁会切断哪些账户、损失多少
  banradius risk 地图.json [--order 1|2|3] [--target ID] [--json | --format text|json|markdown] [--redact]
                                                            封号之前：先修哪里、单点故障、暴露程度；--target：怎样会失去这个账户
  banradius takeover 地图.json --holds ID[:功能,功能] ... [--knows ID ...] [--json]
                                                            号码被回收、邮箱被盗时，别人能进入哪些账户
  banradius timeline 地图.json (--timeline ID | --preset 预设 --account ID) [--json]
                                                            封禁一步步展开：每一步切断和被接管的账户
  banradius validate 地图.json                               检查地图，列出每个问题和它的 JSON 路径
  banradius export 地图.json --format json|dot|graphml|mermaid|svg|markdown [--redact]
                                                            导出地图
  banradius import 导出文件 [--format auto|bitwarden-json|bitwarden-csv|chrome-csv|firefox-csv|1password-csv|apple-csv|keepass-xml] [--into 地图.json]
                                                            从密码管理器的导出文件生成地图（密码不会被读取或保存）
  banradius maps list [--data 目录] [--json]                 列出已保存的地图
  banradius maps prune [--data 目录] [--json]                按保留规则删除旧版本（30 天内全留，之后每天一个）
  banradius backup 文件 [--data 目录]                         备份所有地图和版本
  banradius restore 文件 [--data 目录]                        从备份恢复（先完整检查）
  banradius --version                                       显示版本

退出码：0 成功，1 输入有误（会说明文件和 JSON 路径），2 用法不对。
界面语言跟随 LC_ALL、LC_MESSAGES 或 LANG（zh 开头为中文）。`,
  usage: (syntax: string) => `用法：${syntax}`,
  /** 命令行参数写错了（node 的 parseArgs 报的错）。 */
  args: {
    unknownOption: (option: string) => `没有“${option}”这个选项（以 - 开头的文件名请放在 -- 之后）`,
    missingValue: (option: string) => `${option} 后面要跟一个值`,
    takesNoValue: (option: string) => `${option} 不带值`,
    dashValue: (option: string) => `${option} 后面缺少值（以 - 开头的值请写成 ${option}=-值）`,
    unexpectedArgument: (arg: string) => `多了一个参数“${arg}”：这个命令不接受文件或其他参数`,
  },
  unknownCommand: (name: string) => `没有“${name}”这个命令`,
  valid: (file: string) => `${file}：有效`,
  warning: '警告',
  invalidMap: (file: string) => `${file}：地图无效`,
  notJson: (file: string, detail: string) => `${file}：不是有效的 JSON（${detail}）`,
  cannotRead: (file: string, code: string) => `${file}：无法读取（${code}）`,
  banOrScenario: '--ban 和 --scenario 只能二选一',
  needBan: '请至少给出一个 --ban，或者一个 --scenario',
  noScenario: (file: string, scenario: string, known: string) =>
    `${file}：没有场景“${scenario}”。可用的场景：${known || '（无）'}`,
  badBan: (text: string, problem: string) => `--ban ${text}：${problem}`,
  badOrder: (text: string) => `--order 只能是 1、2 或 3，不能是“${text}”`,
  unknownTarget: (file: string, id: string) => `${file}：没有 id 为“${id}”的账户（--target）`,
  needFormat: '请用 --format 指定导出格式',
  needHolds: '至少用一个 --holds 指定陌生人持有的账户',
  badHold: (text: string, problem: string) => `--holds ${text}：${problem}`,
  badHolds: (file: string) => `${file}：--holds 或 --knows 和地图对不上`,
  badTimeline: (file: string) => `${file}：选的时间线和地图对不上`,
  unknownFormat: (format: string, known: string) => `不认识的格式“${format}”。可用的格式：${known}`,
  noStoredMap: (id: string, file: string) => `${file} 里没有地图“${id}”`,
  noStoredMaps: '（没有保存的地图）',
  pruned: (removed: number, maps: number) =>
    `按保留规则删除了 ${removed} 个旧版本（涉及 ${maps} 张地图）：30 天内的版本全部保留，更早的每天保留一个。`,
  mapsHeader: ['ID', '标题', '版本', '保存于'],
  storedMap: (id: string) => `地图 ${id}`,
  backedUp: (maps: number, revisions: number, file: string) =>
    `已备份 ${maps} 张地图（${revisions} 个版本）到 ${file}`,
  restored: (maps: number, revisions: number, file: string, replaced: number) =>
    `已从 ${file} 恢复 ${maps} 张地图（${revisions} 个版本），替换了原有的 ${replaced} 张`,
};

export type CliText = typeof cli;
