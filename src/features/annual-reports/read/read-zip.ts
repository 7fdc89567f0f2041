// The ZIP reader lives in documents/; this path stays for bench/annual-report-read.bench.ts.
export { readZipEntry } from '../../documents/read-zip.ts';
