import type { ComponentType } from 'react';
import type { Permission } from '../api/types';

export interface ConsolePage {
  /** The route under `/console`, with `:params`. */
  readonly path: string;
  readonly title: string;
  /** The permissions the caller must all hold to see the page (none: every signed-in caller). */
  readonly requires: readonly Permission[];
  /** Shown in the side navigation under this section (pages reached from another page have none). */
  readonly nav?: 'Patients' | 'Outreach' | 'Operations' | 'Administration';
  /** The page's own chunk: each page is code-split and loaded on first visit. */
  readonly load: () => Promise<{ default: ComponentType }>;
}

/**
 * Every page of the console and who may see it. The side navigation shows a page only to callers who hold its
 * permissions, and the router answers "not allowed" for the others; the API decides every request regardless.
 */
export const PAGES: readonly ConsolePage[] = [
  { path: '/', title: 'Home', requires: [], load: () => import('../pages/home-page') },
  {
    path: '/patients',
    title: 'Patients',
    requires: ['patients:search'],
    nav: 'Patients',
    load: () => import('../pages/patients/patient-search-page'),
  },
  {
    path: '/patients/:patientId',
    title: 'Patient',
    requires: ['patients:read-contact'],
    load: () => import('../pages/patients/patient-page'),
  },
  {
    path: '/messages',
    title: 'Messages',
    requires: ['patients:read-engagement'],
    nav: 'Patients',
    load: () => import('../pages/messages/message-lookup-page'),
  },
  {
    path: '/messages/:messageId',
    title: 'Message',
    requires: ['patients:read-engagement'],
    load: () => import('../pages/messages/message-page'),
  },
  {
    path: '/activities',
    title: 'Activities',
    requires: ['activities:work'],
    nav: 'Patients',
    load: () => import('../pages/activities/activities-page'),
  },
  {
    path: '/segments',
    title: 'Segments',
    requires: ['segments:manage'],
    nav: 'Outreach',
    load: () => import('../pages/segments/segments-page'),
  },
  {
    path: '/segments/new',
    title: 'New segment',
    requires: ['segments:manage'],
    load: () => import('../pages/segments/segment-page'),
  },
  {
    path: '/segments/:segmentId',
    title: 'Segment',
    requires: ['segments:manage'],
    load: () => import('../pages/segments/segment-page'),
  },
  {
    path: '/templates',
    title: 'Templates',
    requires: ['templates:manage'],
    nav: 'Outreach',
    load: () => import('../pages/templates/templates-page'),
  },
  {
    path: '/templates/new',
    title: 'New template',
    requires: ['templates:manage'],
    load: () => import('../pages/templates/template-page'),
  },
  {
    path: '/templates/:templateId',
    title: 'Template',
    requires: ['templates:manage'],
    load: () => import('../pages/templates/template-page'),
  },
  {
    path: '/journeys',
    title: 'Journeys',
    requires: ['journeys:manage'],
    nav: 'Outreach',
    load: () => import('../pages/journeys/journeys-page'),
  },
  {
    path: '/journeys/:journeyId',
    title: 'Journey',
    requires: ['journeys:manage'],
    load: () => import('../pages/journeys/journey-page'),
  },
  {
    path: '/ingestion',
    title: 'Ingestion',
    requires: ['ingestion:operate'],
    nav: 'Operations',
    load: () => import('../pages/ingestion/ingestion-page'),
  },
  {
    path: '/audit',
    title: 'Audit',
    requires: ['audit:read'],
    nav: 'Operations',
    load: () => import('../pages/audit/audit-page'),
  },
  {
    path: '/settings',
    title: 'Settings',
    requires: ['messaging:configure'],
    nav: 'Administration',
    load: () => import('../pages/settings/settings-page'),
  },
];
