/**
 * @module 地图库（src/store）出错时的中文文字：每个 StoreError 的代码和参数在这里变成句子。英文版由这里推出类型，
 * 它也是 StoreError 的 message（日志和 API 用）。
 */
import { reason } from './serve.js';

/** 存储里的一行：地图本身（version 是它当前的版本），或它的一个历史版本（revision）。 */
export interface StoredRow {
  id: string;
  version?: number;
  revision?: boolean;
}

/** 备份文件没通过的检查。 */
export type BackupProblem =
  | 'not_sqlite'
  | 'no_schema'
  | 'cannot_open'
  | 'integrity'
  | 'migrate'
  | 'orphans'
  | 'not_banradius'
  | 'rows';

/** 存储里一行数据的毛病（corrupt_row 问题的 params.problem）。 */
export type RowProblem =
  | 'shape'
  | 'not_text'
  | 'not_json'
  | 'newer_revision'
  | 'no_current_revision'
  | 'sha256';

/** 一个 StoreError 的代码和参数；detail 是 SQLite 或 JSON 解析器的原话（英文）。 */
export type StoreProblem =
  | { code: 'not_found'; id: string; version?: number }
  | { code: 'not_found'; file: string; reason: string | undefined; detail: string }
  | { code: 'stale_version'; id: string; current: number; given: number }
  | { code: 'invalid_map' }
  | { code: 'corrupt_row'; row: StoredRow; damage: 'row' | 'sha256' | 'document'; detail?: string }
  | { code: 'future_schema'; file: string | undefined; found: number; known: number }
  | { code: 'damaged_store'; file: string; found: string[] }
  | { code: 'storage_full' }
  | { code: 'not_a_database'; file: string; detail?: string }
  | {
      code: 'invalid_backup';
      file: string;
      problem: BackupProblem;
      detail?: string;
      known?: number;
      count?: number;
    }
  | { code: 'file_exists'; file: string };

const row = (r: StoredRow) =>
  r.version === undefined
    ? `地图“${r.id}”${r.revision ? '的一个历史版本' : ''}`
    : `地图“${r.id}”的${r.revision ? '历史' : '当前'}版本 ${r.version}`;

const BACKUP: Record<BackupProblem, (p: { detail?: string; known?: number; count?: number }) => string> = {
  not_sqlite: () => '它不是 SQLite 数据库',
  no_schema: () => '它不是 banradius 的数据库（没有结构版本）',
  cannot_open: (p) => `打不开它（${p.detail ?? ''}）`,
  integrity: (p) => `SQLite 的完整性检查没有通过（${p.detail ?? ''}）`,
  migrate: (p) => `没法把它升级到结构版本 ${p.known ?? '?'}（${p.detail ?? ''}）`,
  orphans: () => '里面有些历史版本属于不存在的地图',
  not_banradius: (p) => `它不是 banradius 的数据库（${p.detail ?? ''}）`,
  rows: (p) => `发现 ${p.count ?? 0} 处问题`,
};

export const store = {
  error: (p: StoreProblem): string => {
    switch (p.code) {
      case 'not_found':
        if ('file' in p) return `读不了“${p.file}”：${reason(p.reason, p.detail)}`;
        return p.version === undefined ? `没有地图“${p.id}”` : `地图“${p.id}”没有版本 ${p.version}`;
      case 'stale_version':
        return `地图“${p.id}”现在是版本 ${p.current}，不是 ${p.given}；什么都没写入`;
      case 'invalid_map':
        return '这张地图无效，什么都没写入';
      case 'corrupt_row':
        if (p.damage === 'row') return `${row(p.row)}在库里的记录已损坏，没有读出`;
        if (p.damage === 'sha256')
          return `${row(p.row)}已损坏，没有读出：存的内容和保存时记下的 SHA-256 对不上（有人改动了这些字节）；请从备份恢复地图库`;
        return `${row(p.row)}已损坏，没有读出：存的文档不是一张有效的地图`;
      case 'future_schema':
        return `${p.file === undefined ? '数据库' : `“${p.file}”`}的结构版本是 ${p.found}，这个 banradius 只认识到版本 ${p.known}：它是更新的 banradius 写的。请升级 banradius 再打开；文件没有改动。`;
      case 'damaged_store':
        return `“${p.file}”已损坏（SQLite 检查发现：${p.found.slice(0, 3).join('；')}），没有打开。请把它移到别处，再恢复最近的备份：banradius restore 备份文件 --data 目录`;
      case 'storage_full':
        return '存地图的磁盘满了，什么都没写入：请腾出一些空间（删掉一张地图就能腾出来）再保存；读取地图不受影响';
      case 'not_a_database':
        return p.detail === undefined
          ? `“${p.file}”不是 SQLite 数据库`
          : `“${p.file}”不是能用的 SQLite 数据库（${p.detail}）`;
      case 'invalid_backup':
        return `备份文件“${p.file}”不能用：${BACKUP[p.problem](p)}；什么都没恢复`;
      case 'file_exists':
        return `“${p.file}”已经存在；请换个名字，或者先把它删掉`;
    }
  },
  /** 一行数据的毛病，用作 corrupt_row 问题的说明。 */
  rowIssue: (problem: RowProblem, detail?: string): string =>
    ({
      shape: '这一行的格式不对',
      not_text: '存的文档不是文本',
      not_json: `存的文档不是 JSON${detail === undefined ? '' : `（${detail}）`}`,
      newer_revision: '这个历史版本比它的地图还新',
      no_current_revision: '地图的当前版本没有对应的历史版本',
      sha256: '内容和保存时记下的 SHA-256 对不上',
    })[problem],
};

export type StoreText = typeof store;
