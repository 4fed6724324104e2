/** @module 密码管理器导入的中文文字：生成的途径和备注、拒绝原因、跳过原因和导入报告。英文版由这里推出类型。 */
import type { ImportError, ImportSkip } from '../../model/index.js';
import { listOf } from '../format.js';

type Params = ImportError['params'];

export const imports = {
  /** 未识别网站的途径。 */
  passwordWay: '密码登录',
  resetByEmail: '通过邮箱重设密码',
  resetBySms: '通过短信验证码重设密码',
  qqLoginWay: 'QQ 登录',
  /** QQ 号帐号的名称。 */
  qqLabel: (n: string) => `QQ ${n}`,
  /** 同名的第二个帐号，后面加上登录名。 */
  withOwner: (name: string, owner: string) => `${name}（${owner}）`,
  note: (site: string, totp: boolean, passkey: boolean) =>
    `从密码管理器导入：${site}${totp ? '；有验证器（TOTP）' : ''}${passkey ? '；有通行密钥' : ''}`,
  errors: {
    encrypted: (p: Params) =>
      p.format === 'keepass-kdbx'
        ? '这是加密的 KeePass 数据库（.kdbx）：请在 KeePass 里“导出为 KeePass XML (2.x)”再导入'
        : '这是加密（或设了密码）的导出文件，无法读取：请导出“未加密”的 JSON 或 CSV 再导入，用完删除该文件',
    binary: (_p: Params) => '这是二进制文件（例如 1Password 的 .1pux 压缩包）：请导出为 CSV 再导入',
    unknown_format: (_p: Params) =>
      '认不出文件格式：支持 Bitwarden JSON/CSV、Chrome/Edge、Firefox、1Password、Apple 密码的 CSV 和 KeePass 2 XML；可用 --format 指定',
    invalid_json: (_p: Params) => '不是有效的 JSON 文件',
    invalid_xml: (p: Params) => `不是有效的 XML 文件（第 ${p.line} 行）`,
    invalid_csv: (p: Params) =>
      p.problem === 'empty'
        ? '文件是空的'
        : `不是有效的 CSV 文件：第 ${p.line} 行${p.problem === 'unterminated_quote' ? '的引号没有闭合' : '有多余的引号'}`,
    missing_columns: (p: Params) => `这不像 ${p.format} 的导出：缺少列 ${p.columns}`,
    not_utf8: (_p: Params) => '文件不是 UTF-8 文本',
    wrong_shape: (p: Params) => `文件结构不对，不像 ${p.format} 的导出`,
    too_large: (p: Params) => `文件太大：最多 ${p.max} 个字符`,
  } as Record<ImportError['code'], (p: Params) => string>,
  skips: {
    not_a_login: '不是登录项（安全笔记、卡片、身份等）',
    empty: '没有网址、名称和用户名',
    column_count: '列数和表头不一致',
    in_trash: '在回收站里',
  } as Record<ImportSkip['code'], string>,
  page: {
    open: '从密码管理器导入…',
    openHint:
      '读取 Bitwarden、Chrome/Edge、Firefox、1Password、Apple 密码或 KeePass 的导出文件，生成帐号和绑定关系。',
    title: '从密码管理器导入',
    intro:
      '把导出文件拖到这里，或选择文件。文件只在本页里读取，不会上传；密码、验证器密钥、通行密钥和备注在读取时就被丢弃。',
    drop: '把导出文件拖到这里',
    pick: '选择文件…',
    reading: '正在读取…',
    found: (logins: number, recognised: number, skipped: number) =>
      `读取到 ${logins} 个登录项，认出 ${recognised} 个服务${skipped > 0 ? `，跳过 ${skipped} 项` : ''}。请检查下表，取消勾选不需要的行，或改正服务和绑定。`,
    include: '导入',
    site: '网站或应用',
    provider: '识别为',
    providerNone: '（未识别：按普通网站处理）',
    hangsOff: '挂在',
    hangsOffNone: '（无）',
    ways: '得到的登录与找回途径',
    noWays: '直接持有',
    waysList: (ways: readonly string[]) => ways.join('；'),
    flags: (flags: readonly string[]) => `（${listOf(flags, 'zh', 'unit')}）`,
    totp: '有验证器',
    passkey: '有通行密钥',
    add: (n: number) => `添加 ${n} 个帐号到地图`,
    addNone: '没有勾选任何行',
    added: (n: number) => `已从密码管理器添加 ${n} 个帐号`,
    newTitle: '从密码管理器导入的地图',
  },
  report: {
    logins: (n: number) => `读取登录项 ${n} 个`,
    recognised: (n: number, names: string) => `认出服务 ${n} 个${names === '' ? '' : `：${names}`}`,
    created: (n: number) => `新建帐号 ${n} 个`,
    matched: (n: number) => `已在地图中的帐号 ${n} 个（未重复添加）`,
    merged: (n: number) => `合并重复项 ${n} 个`,
    skipped: (n: number) => `跳过 ${n} 项`,
    skippedRow: (row: number, why: string) => `  第 ${row} 项：${why}`,
  },
};

export type ImportText = typeof imports;
