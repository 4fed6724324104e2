/** @module `banradius serve` 的中文文字：用法错误、启动失败的原因、启动后打印的地址，以及关闭。英文版由这里推出类型。 */

/** 启动时文件出的问题：写令牌文件、取锁失败（带系统错误码），或地图库正被另一个进程使用。 */
export type LaunchProblem =
  | { kind: 'token' | 'lock'; path: string; code: string | undefined; detail: string }
  | { kind: 'busy'; dir: string; pid: number };

/** 常见系统错误码的说法；其他的照原样给出代码。 */
const REASONS: Record<string, string> = {
  ENOENT: '文件不存在',
  ENOSPC: '磁盘满了',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EROFS: '文件系统是只读的',
  EISDIR: '那里有一个同名的目录',
};
const NOT_A_DIR = '它是文件，不是目录';
export const reason = (code: string | undefined, detail: string) =>
  code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code]! : (code ?? detail);

export const serve = {
  badPort: '--port 必须是 0 到 65535 之间的数字',
  badToken: '--token 必须是 16 到 512 个字符，只能用 A-Z a-z 0-9 . _ ~ + / = -',
  tokenOrNew: '--token 和 --new-token 只能二选一',
  /** 数据目录用不了：dir 为空时指默认的数据目录。 */
  badDataDir: (dir: string | undefined, code: string | undefined, detail: string) =>
    `不能用${dir === undefined ? '默认的数据目录' : ` ${dir} `}作数据目录：${code === 'EEXIST' || code === 'ENOTDIR' ? NOT_A_DIR : reason(code, detail)}`,
  launch: (p: LaunchProblem) =>
    p.kind === 'busy'
      ? `${p.dir} 里的地图库正被另一个 banradius serve（进程 ${p.pid}）使用：先停掉它，或者用另一个 --data 启动`
      : `${p.kind === 'token' ? '无法写入令牌文件' : '无法获取锁文件'} ${p.path}：${reason(p.code, p.detail)}`,
  storeOpen: (detail: string) => `无法打开地图库：${detail}`,
  portInUse: (port: number) => `端口 ${port} 已被占用；用 --port 0 自动选一个空闲端口`,
  cannotStart: (detail: string) => `无法启动：${detail}`,
  /** 请求处理出错：只给出路由和错误类型，不给内容（可能有个人数据）。 */
  internalError: (route: string, name: string) => `处理 ${route} 时出现内部错误：${name}`,
  noRoute: '（没有路由）',
  open: (url: string) => `打开 ${url}`,
  tokenAt: (file: string, docs: string) => `API 令牌在 ${file}；文档见 ${docs}`,
  stopping: (signal: string) => `收到 ${signal}，正在关闭`,
};

export type ServeText = typeof serve;
