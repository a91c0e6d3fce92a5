import type { ComponentType } from 'react';
import { DashboardPage } from './dashboard/DashboardPage';
import { CommunesPage } from './communes/CommunesPage';
import { SettingsPage } from './settings/SettingsPage';
import { FundingPage } from './funding/FundingPage';
import { PendingPage } from './PendingPage';

export interface PageDef {
  id: string;
  label: string;
  component: ComponentType;
}

/** The navigation, in the order the office works. Each domain adds its page here. */
export const PAGES: PageDef[] = [
  { id: 'tong-quan', label: 'Tổng quan', component: DashboardPage },
  { id: 'xa', label: 'Danh sách xã', component: CommunesPage },
  { id: 'tieu-chi', label: 'Xã & tiêu chí', component: PendingPage },
  { id: 'nguon-von', label: 'Nguồn vốn', component: FundingPage },
  { id: 'ocop', label: 'OCOP', component: PendingPage },
  { id: 'van-ban', label: 'Văn bản', component: PendingPage },
  { id: 'cai-dat', label: 'Cài đặt', component: SettingsPage },
];
