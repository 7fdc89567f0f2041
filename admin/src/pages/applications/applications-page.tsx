import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../not-found-page.tsx';
import { ApplicationDetailPage } from './application-detail-page.tsx';
import { ApplicationListPage } from './application-list-page.tsx';
import { RegisterApplicationPage } from './register-application-page.tsx';

/** 依申请公开: the list, the register form and one case, under /admin/applications/. */
export function ApplicationsPage() {
  return (
    <Routes>
      <Route index element={<ApplicationListPage />} />
      <Route path="new" element={<RegisterApplicationPage />} />
      <Route path=":id" element={<ApplicationDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
