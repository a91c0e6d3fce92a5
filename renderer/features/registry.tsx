import type { ComponentType } from 'react';
import { DashboardPage } from './dashboard/DashboardPage';
import { CommunesPage } from './communes/CommunesPage';
import { SettingsPage } from './settings/SettingsPage';
import { CriteriaPage } from './criteria/CriteriaPage';
import { FundingPage } from './funding/FundingPage';
import { DocumentsPage } from './documents/DocumentsPage';
import { OcopPage } from './ocop/OcopPage';
import { HelpPage } from './help/HelpPage';

export interface PageDef {
  id: string;
  label: string;
  component: ComponentType;
  /** Re-reads its data in place after a change (every read goes through useQuery) instead of being mounted afresh. */
  refreshesInPlace?: boolean;
}

/** The navigation, in the order the office works. Each domain adds its page here. */
export const PAGES: PageDef[] = [
  { id: 'tong-quan', label: 'Tổng quan', component: DashboardPage, refreshesInPlace: true },
  { id: 'xa', label: 'Danh sách xã', component: CommunesPage, refreshesInPlace: true },
  { id: 'tieu-chi', label: 'Xã & tiêu chí', component: CriteriaPage, refreshesInPlace: true },
  { id: 'nguon-von', label: 'Nguồn vốn', component: FundingPage, refreshesInPlace: true },
  { id: 'ocop', label: 'OCOP', component: OcopPage, refreshesInPlace: true },
  { id: 'van-ban', label: 'Văn bản', component: DocumentsPage },
  { id: 'cai-dat', label: 'Cài đặt', component: SettingsPage },
  { id: 'huong-dan', label: 'Hướng dẫn', component: HelpPage },
];
