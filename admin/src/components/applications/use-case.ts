import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CaseDetail, ClockView } from './types.ts';

export const CONFLICT_MESSAGE = '数据已被他人修改，已重新载入最新内容，请核对后再操作';

/**
 * One case and its clock. `run` posts a workflow step with the version the user saw; when
 * someone else changed the case meanwhile (409 VERSION_CONFLICT) it says so and reloads,
 * so nobody's change is silently overwritten.
 */
export function useCase(id: number) {
  const { message } = App.useApp();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [clock, setClock] = useState<ClockView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextDetail, nextClock] = await Promise.all([
        api.get<CaseDetail>(`/applications/${id}`, undefined, { quiet: true }),
        api.get<ClockView>(`/applications/${id}/clock`, undefined, { quiet: true }),
      ]);
      setDetail(nextDetail);
      setClock(nextClock);
      setError(null);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Posts `/applications/{id}/{path}`; resolves to the updated case, or throws (already shown). */
  const run = useCallback(
    async (path: string, body: Record<string, unknown> = {}): Promise<CaseDetail> => {
      if (!detail) throw new Error('case not loaded');
      try {
        const updated = await api.post<CaseDetail>(
          `/applications/${id}/${path}`,
          { ...body, version: detail.version },
          { quiet: true },
        );
        setDetail(updated);
        void api.get<ClockView>(`/applications/${id}/clock`, undefined, { quiet: true }).then(setClock, () => {});
        return updated;
      } catch (caught) {
        if (caught instanceof ApiError && caught.code === 'VERSION_CONFLICT') {
          message.warning(CONFLICT_MESSAGE);
          await reload();
        } else if (caught instanceof ApiError) {
          const text =
            caught.fields.length > 0 ? caught.fields.map((field) => field.message).join('；') : caught.message;
          message.error(text);
        }
        throw caught;
      }
    },
    [id, detail, message, reload],
  );

  return { detail, clock, error, reload, run };
}
