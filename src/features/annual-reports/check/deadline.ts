// C5: the publication deadline — 31 January of the following year for departments, 31 March
// for governments (条例 Art. 49).
import type { AnnualReport, Diagnostic } from '../report.ts';

const GOVERNMENT_SUFFIX =
  /(?:人民政府|政府|管委会|管理委员会|实验区|新区|开发区|高新区|街道办事处|办事处|街道|乡|镇|县|区|市|州|盟|旗|省|自治区)$/;
const DEPARTMENT_SUFFIX = /(?:局|委员会|委|厅|办公室|办|中心|署|部|院|所|站|队|处|科|会|社|馆|公司|集团)$/;

/** Whether the agency is a government (人民政府, 管委会 …) rather than one of its departments. */
export function isGovernmentAgency(agency: string | null): boolean {
  if (!agency) return false;
  const name = agency.replace(/[（(][^）)]*[）)]$/, '').trim();
  if (/人民政府|管委会|管理委员会/.test(name) && !/人民政府办公室|人民政府办公厅/.test(name)) return true;
  if (DEPARTMENT_SUFFIX.test(name)) return false;
  return GOVERNMENT_SUFFIX.test(name);
}

export function publicationDeadline(year: number, isGovernment: boolean): string {
  return `${year + 1}-${isGovernment ? '03-31' : '01-31'}`;
}

export function checkC5(report: AnnualReport, isGovernment: boolean): Diagnostic[] {
  if (!report.publishedOn || report.year === null) return [];
  const deadline = publicationDeadline(report.year, isGovernment);
  if (report.publishedOn <= deadline) return [];
  return [
    {
      severity: 'warning',
      rule: 'C5',
      cells: ['publishedOn'],
      message: `发布日期 ${report.publishedOn} 晚于${isGovernment ? '政府' : '部门'}年度报告的发布期限 ${deadline}（条例第四十九条）`,
      expected: deadline,
      actual: report.publishedOn,
    },
  ];
}
