// The shipped lists: sensitive or improper wording typical of government websites, and the
// wrongly written words (错别字) most often found in official writing. A platform adds its own
// words and switches shipped ones off in its disclosure settings.

export type SensitiveCategory = 'political' | 'legal' | 'placeholder' | 'improper';

export const SENSITIVE_CATEGORY_LABELS: Record<SensitiveCategory, string> = {
  political: '政治表述',
  legal: '法律表述',
  placeholder: '未替换的占位或测试内容',
  improper: '不当用语',
};

export interface SensitiveEntry {
  /** What the reviewer sees as the word, and the key to switch it off. */
  word: string;
  /** Matches the word in context (defaults to the word itself); global flag required. */
  pattern?: RegExp;
  category: SensitiveCategory;
  /** `{match}` stands for the text found. */
  suggestion: string;
}

export const DEFAULT_SENSITIVE_WORDS: readonly SensitiveEntry[] = [
  // Titles and names of offices written wrongly.
  { word: '国家总理', category: 'political', suggestion: '应为“国务院总理”' },
  { word: '国家副总理', category: 'political', suggestion: '应为“国务院副总理”' },
  { word: '人大委员长', category: 'political', suggestion: '应为“全国人大常委会委员长”' },
  { word: '副总书记', category: 'political', suggestion: '党中央不设“副总书记”，请核对职务名称' },
  {
    word: '十九大',
    pattern: /(?<!党的|中共)(?:二十|十[五六七八九])大(?!代表)/g,
    category: 'political',
    suggestion: '应使用完整称谓“党的{match}”',
  },
  { word: '台湾总统', category: 'political', suggestion: '应为“台湾地区领导人”' },
  { word: '台湾政府', category: 'political', suggestion: '应为“台湾当局”或“台湾地区”' },
  { word: '中华民国', category: 'political', suggestion: '不得使用，涉及 1949 年后的台湾应称“台湾地区”' },
  { word: '北朝鲜', category: 'political', suggestion: '应为“朝鲜”' },
  { word: '南朝鲜', category: 'political', suggestion: '应为“韩国”' },
  // Legal terms used loosely.
  { word: '法人代表', category: 'legal', suggestion: '法律用语为“法定代表人”' },
  {
    word: '犯人',
    pattern: /(?<!嫌疑)犯人/g,
    category: 'legal',
    suggestion: '未经判决不得称“犯人”，应区分“犯罪嫌疑人”“被告人”“罪犯”',
  },
  // Placeholders and test content that slipped through.
  {
    word: 'xx',
    pattern: /(?<![A-Za-z])(?:[xX]{2,}|×{2,}|[Ｘｘ]{2,})(?![A-Za-z])/g,
    category: 'placeholder',
    suggestion: '占位符未替换，请填写实际内容',
  },
  { word: '某某', category: 'placeholder', suggestion: '占位内容未替换，请填写实际内容或删去' },
  {
    word: '测试',
    pattern: /(?<!检)测试(?!题|卷|仪|设备|中心|站|服务|报告|机构|剂)/g,
    category: 'placeholder',
    suggestion: '疑似测试内容，请确认不是测试信息',
  },
  {
    word: 'test',
    pattern: /(?<![A-Za-z])test(?![A-Za-z])/gi,
    category: 'placeholder',
    suggestion: '疑似测试内容，请确认不是测试信息',
  },
  { word: '此处填写', category: 'placeholder', suggestion: '模板提示语未删除' },
  { word: '待补充', category: 'placeholder', suggestion: '内容未完成，请补充后再提交' },
  // Improper words for people.
  { word: '残废人', category: 'improper', suggestion: '应为“残疾人”' },
  { word: '弱智', category: 'improper', suggestion: '应为“智力障碍”或“智力残疾”' },
  { word: '瞎子', category: 'improper', suggestion: '应为“盲人”或“视力障碍者”' },
  { word: '聋子', category: 'improper', suggestion: '应为“听力障碍者”' },
];

/** [wrong, right] pairs; a RegExp when the word is only wrong in context. */
export const COMMON_TYPOS: readonly (readonly [string | RegExp, string])[] = [
  ['一如继往', '一如既往'],
  ['按排', '安排'],
  ['既使', '即使'],
  ['既将', '即将'],
  ['布署', '部署'],
  ['部暑', '部署'],
  ['坐谈会', '座谈会'],
  ['按装', '安装'],
  ['贯切落实', '贯彻落实'],
  ['再接再励', '再接再厉'],
  ['严励打击', '严厉打击'],
  ['明查暗访', '明察暗访'],
  ['因地治宜', '因地制宜'],
  ['有章可寻', '有章可循'],
  ['循序渐近', '循序渐进'],
  ['按步就班', '按部就班'],
  ['精兵减政', '精兵简政'],
  ['源源本本', '原原本本'],
  ['竞竞业业', '兢兢业业'],
  ['鞠躬尽粹', '鞠躬尽瘁'],
  ['事必恭亲', '事必躬亲'],
  ['满腔热枕', '满腔热忱'],
  ['既往不究', '既往不咎'],
  ['入不付出', '入不敷出'],
  ['真知卓见', '真知灼见'],
  ['提纲携领', '提纲挈领'],
  ['一股作气', '一鼓作气'],
  ['出奇不意', '出其不意'],
  ['迫不急待', '迫不及待'],
  ['默守成规', '墨守成规'],
  ['走头无路', '走投无路'],
  ['甘败下风', '甘拜下风'],
  ['相辅相承', '相辅相成'],
  ['貌和神离', '貌合神离'],
  ['针贬时弊', '针砭时弊'],
  ['穿流不息', '川流不息'],
  ['不径而走', '不胫而走'],
  ['有持无恐', '有恃无恐'],
  ['直接了当', '直截了当'],
  ['脱颍而出', '脱颖而出'],
  ['重迭', '重叠'],
  ['追朔', '追溯'],
  ['峻工', '竣工'],
  ['暴光', '曝光'],
  ['坐阵', '坐镇'],
  ['气慨', '气概'],
  ['松驰', '松弛'],
  ['以经', '已经'],
  ['不尽人意', '不尽如人意'],
  // 截止 is "to end"; "up to a date" is 截至.
  [/截止(?=\d|目前|今年|本月|当前|到)/g, '截至'],
];
