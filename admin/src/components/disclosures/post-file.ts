// File uploads as multipart/form-data (field `file`): no Base64 inflation, so the request body
// limit applies to the file itself. The JSON client does not send forms, hence this sibling.
import { ApiError, type Problem } from '../../api/client.ts';

export async function postFile<T>(path: string, file: File, csrfToken: string | undefined): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', detail: '无法连接服务器，请检查网络后重试' });
  }
  if (response.ok) return (await response.json()) as T;
  let problem: Problem = {
    status: response.status,
    code: `HTTP_${response.status}`,
    detail: `上传失败（${response.status}），请稍后重试`,
  };
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.detail === 'string' && typeof body.code === 'string')
      problem = { ...problem, ...body, status: response.status } as Problem;
  } catch {
    // not JSON: keep the generic message
  }
  throw new ApiError(problem);
}
