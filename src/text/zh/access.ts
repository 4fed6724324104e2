/** @module 页面没有连上本机地图库时的说明：为什么、地图还在不在、怎么连回去。 */

export const access = {
  title: {
    'no-token': '这个页面没有连上你本机的地图库',
    'bad-token': '这个页面的钥匙已经失效，没有连上你本机的地图库',
    unreachable: '连不上 banradius：它可能已经关掉了',
  },
  safe: '你保存过的地图没有丢，都还在本机的地图库里。没连上之前，这里的改动不会保存。',
  stepServe: '在终端里运行 banradius serve，打开它打印出来的链接（链接末尾带 #token=…）。',
  stepFile: (file: string) =>
    `钥匙也保存在数据目录里名为 ${file} 的文件中（Linux 上默认是 ~/.local/share/banradius/${file}，只有你能读）。`,
  stepNewToken: '运行 banradius serve --new-token 会换一把新钥匙，旧书签随之失效。',
  pasteLabel: '或者把那个链接（或钥匙）粘贴到这里：',
  pastePlaceholder: 'http://127.0.0.1:4178/#token=…',
  connect: '连接',
  pasteInvalid: '这里面没有找到钥匙：请粘贴 banradius serve 打印的整条链接。',
};
