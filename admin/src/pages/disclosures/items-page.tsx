import { Route, Routes } from 'react-router-dom';
import { ItemEditorPage } from './item-editor-page.tsx';
import { ItemsListPage } from './items-list-page.tsx';

/** 信息发布 and its editor: /disclosures/items, /new, /:id. */
export function ItemsPage() {
  return (
    <Routes>
      <Route index element={<ItemsListPage />} />
      <Route path="new" element={<ItemEditorPage />} />
      <Route path=":id" element={<ItemEditorPage />} />
    </Routes>
  );
}
