// Screen and print styles for the HTML report: the GB/T 9704 page on paper (A4, margins
// 37/35/28/26 mm, 仿宋 body, 小标宋 title), a readable column on screen.
export const HTML_STYLE = `
:root { color: #000; background: #fff; }
body { margin: 0; font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.8; }
main { max-width: 46em; margin: 0 auto; padding: 2em 1em; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 1em; }
h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0.6em 0 0; }
p { text-indent: 2em; margin: 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.4; }
table.table-10, table.table-15 { font-size: 9pt; }
caption { font-weight: bold; padding: 0.3em; }
th, td { border: 1px solid #000; padding: 0.2em 0.3em; overflow-wrap: anywhere; text-align: center; vertical-align: middle; font-weight: normal; }
th.label { text-align: left; }
td.num { font-variant-numeric: tabular-nums; }
td.corner { font-size: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.sign-off { margin-top: 2em; text-align: right; padding-right: 4em; }
.sign-off p { text-indent: 0; }
.table-wrap { overflow-x: auto; }
.table-wrap:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  main { max-width: none; padding: 0; }
  table { break-inside: auto; }
  h2 { break-after: avoid; }
}
`;
