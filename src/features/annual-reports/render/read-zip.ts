// The ZIP test helper lives in documents/testing/; this path stays for src/cli/report-render.test.ts.
export { readZip } from '../../documents/testing/read-zip.ts';
