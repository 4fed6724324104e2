/** @module 命令行的中文文字：用法、提示和结果行。英文版（en/cli.ts）的类型由这里推出。 */

export const cli = {
  valid: (file: string) => `${file}: 有效`,
  warning: '警告',
};

export type CliText = typeof cli;
